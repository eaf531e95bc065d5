package org.corporateparenting.application.report;

import java.util.Map;
import org.corporateparenting.domain.report.ReportingYear;

/**
 * One annual report's own part: its layout, how its figures are counted for a year, which measures must agree
 * wherever they appear, and which team writes it (performance analysts and administrators may always).
 */
interface AnnualSource {

    /** The report's name in addresses: {@code iro}, {@code care-leavers}. */
    String slug();

    ReportSpec spec();

    String writerRole();

    AnnualFigures figures(long council, ReportingYear year);

    /** For each measure shown in more than one place, its value in each place (by the place's name). */
    Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year);
}
