/** The IRO service's parts of the screens: a child's reviews, and recording one. */
package org.corporateparenting.web.view.review;
