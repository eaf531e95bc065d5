/** The 903 rules on the child's own records: header, UASC, reviews, previous permanence, placed for adoption, and the integrity checks between files. */
package org.corporateparenting.domain.ssda903.rules.child;
