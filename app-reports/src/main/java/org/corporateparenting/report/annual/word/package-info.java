/**
 * The annual reports as Word files a council can edit as committee papers: written with Apache POI from the same
 * {@link org.corporateparenting.report.annual.AnnualReport} rows as the PDF, as a flowing document (Word's built-in
 * styles, real tables whose header rows repeat and whose rows grow, page numbers as fields) rather than the PDF's
 * page layout converted.
 */
package org.corporateparenting.report.annual.word;
