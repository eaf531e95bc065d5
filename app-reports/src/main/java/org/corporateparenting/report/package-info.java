/**
 * Statutory reports (fostering, adoption, IRO, care leavers, the board's annual report) and the monthly
 * board pack. Templates are JasperReports 7 JRXML filled from immutable row records; this module
 * never reads the database. The templates arrive with the reports issue.
 */
package org.corporateparenting.report;
