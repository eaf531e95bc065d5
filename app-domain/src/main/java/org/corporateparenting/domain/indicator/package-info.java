/**
 * The Corporate Parenting dataset: every indicator defined once, in code, with its population,
 * period basis, numerator and denominator, and the national definition it follows (DfE SSDA903, OC2, OC3,
 * the adoption scorecard); the engine that computes them from the case records for any month end; and
 * the rules that judge a figure (target and tolerances, RAG status, direction of travel, disclosure).
 */
package org.corporateparenting.domain.indicator;
