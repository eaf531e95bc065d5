/**
 * The Corporate Parenting dataset as a service: computing and publishing months (frozen, revised, backfilled),
 * reading a month with targets, RAG, direction of travel, benchmarks and commentary, an indicator's history,
 * and the drill-down to the children counted. The rules themselves live in the domain's indicator package.
 */
package org.corporateparenting.application.indicator;
