/** The analysts' screen for the board's dataset: publishing months, targets, benchmarks and population estimates. */
package org.corporateparenting.web.view.indicator;
