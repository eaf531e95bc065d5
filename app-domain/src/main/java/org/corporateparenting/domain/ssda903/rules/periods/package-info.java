/** The 903 rules on episodes over time: periods of care, their chains of new episodes and endings, and the previous year (codes 398 onwards of the rule lists). */
package org.corporateparenting.domain.ssda903.rules.periods;
