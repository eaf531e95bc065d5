/** A child's care episodes on their page: the SSDA903 history, ending an episode and starting the next. */
package org.corporateparenting.web.view.episode;
