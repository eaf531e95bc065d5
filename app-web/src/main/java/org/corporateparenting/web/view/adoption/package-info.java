/** The adoption team's screens: children with an adoption plan and their timeliness. */
package org.corporateparenting.web.view.adoption;
