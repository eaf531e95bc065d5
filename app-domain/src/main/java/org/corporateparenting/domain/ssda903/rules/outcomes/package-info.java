/** The 903 rules on outcomes: OC2, OC3, AD1, missing episodes, social worker episodes and deprivation of liberty orders. */
package org.corporateparenting.domain.ssda903.rules.outcomes;
