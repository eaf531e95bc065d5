/** The fostering service's screens: the household register and a household's record. */
package org.corporateparenting.web.view.household;
