/**
 * The 903 rules on episodes over time (codes 398 onwards of the rule lists): periods of care and their chains of new
 * episodes and endings, legal status against placements and dates, reasons ceased, adoption's files against the
 * episodes, times missing, care leavers, and the previous year's return. Families: {@code RespiteAndLocationRules},
 * {@code ChainRules}, {@code PlacementCodeRules}, {@code PreviousYearRules}, {@code AdoptionRules}, {@code MissingRules},
 * {@code CareLeaverRules}, {@code ChildDetailRules}; what they share about a child's episodes is in {@code Chains}.
 *
 * <p>Episodes are taken in start order; an episode, missing period or decision without a real date is left to the date
 * rules rather than failed twice. A period of care ends with an episode whose reason ceased is other than X1, and a new
 * one also begins at an episode whose reason is S. Where the DfE's message leaves the reading open, each rule's comment
 * says the reading chosen, and whether it follows the open-source 903 validators or, where they read the message
 * narrowly or wrongly, departs from them (399, 411, 504, 557, 575, 580, 1003). The files do not say which council sent
 * them: rules 411 and 1015 take the council's own local authority as the one most episodes placed IN its area name.
 */
package org.corporateparenting.domain.ssda903.rules.periods;
