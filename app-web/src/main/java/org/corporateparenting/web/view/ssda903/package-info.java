/** The performance analyst's screen for loading a council's SSDA903 files. */
package org.corporateparenting.web.view.ssda903;
