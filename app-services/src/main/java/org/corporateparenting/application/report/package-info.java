/**
 * Reports built from the records: the monthly board pack (drafts, reconciliation, published editions), and the
 * annual statutory reports as they are added. Services build row records and hand them to {@code app-reports}.
 */
package org.corporateparenting.application.report;
