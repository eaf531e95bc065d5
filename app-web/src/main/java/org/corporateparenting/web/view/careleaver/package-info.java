/** The leaving care team's screens: caseloads by personal adviser and a care leaver's record. */
package org.corporateparenting.web.view.careleaver;
