/**
 * PDF/UA-1 (ISO 14289-1) for every PDF the reports module writes, on top of JasperReports 7.0.3's tagged PDF export,
 * which leaves out what the standard asks for beyond tags: decorative rules, cell backgrounds and borders are marked
 * as artefacts, header cells carry their scope, a header row repeated on a continuation page is an artefact rather
 * than a second table, the page footer is an artefact, the file carries XMP metadata with the PDF/UA identification, and embedded font subsets carry
 * no CIDSet (OpenPDF's lists only the glyphs used, not all the subset holds). Checked by veraPDF in the tests.
 */
package org.corporateparenting.report.accessible;
