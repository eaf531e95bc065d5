/**
 * Statistical disclosure control for everything that leaves the system (councillors' screens and API, board packs,
 * annual reports and their Word editions): one rule, {@link org.corporateparenting.domain.disclosure.DisclosureRule},
 * that withholds small counts (primary suppression), then withholds the fewest further figures so that no withheld
 * figure can be worked out from the ones printed (secondary suppression, checked by a recovery attack over the
 * tables' sums). Follows the DfE's published practice for children's social care statistics (counts from 1 to 5
 * withheld; "c" marks a figure withheld to protect confidentiality) and the ONS's guidance on protecting tables by
 * secondary suppression so that totals and differences cannot give a withheld cell back.
 */
package org.corporateparenting.domain.disclosure;
