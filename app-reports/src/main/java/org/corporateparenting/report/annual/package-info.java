/**
 * The annual reports to the Corporate Parenting Board (IRO, and the fostering, adoption and care leavers reports as
 * they are added): one committee-paper layout ({@code AnnualReport.jrxml} and its parts) filled from
 * {@link org.corporateparenting.report.annual.AnnualReport} rows.
 */
package org.corporateparenting.report.annual;
