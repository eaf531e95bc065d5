/** The 903 rules on episodes' fields, codes and placements (codes 117 to 392d of the rule lists). */
package org.corporateparenting.domain.ssda903.rules.episodes;
