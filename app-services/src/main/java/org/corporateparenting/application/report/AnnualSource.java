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

    /** Whether the council has this report (a regional adoption agency's only where the council hosts one). */
    default boolean availableTo(long council) {
        return true;
    }

    /**
     * Whether the report counts other councils' children too; then only its writers (the report's team, performance
     * analysts, administrators) read its figures and words, not every practitioner of the council.
     */
    default boolean acrossCouncils() {
        return false;
    }

    /** For each measure shown in more than one place, its value in each place (by the place's name). */
    Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year);

    /**
     * The lines of the report's tables that are one of the board's indicators on 31 March, by the indicator's code
     * (the total of a table has a null label): the board's monthly dataset has published them, so disclosure control
     * keeps the board's mark and withholds another line instead ({@link PeriodDisclosure}).
     */
    default Map<PeriodDisclosure.Line, String> indicatorLines(AnnualFigures figures) {
        return Map.of();
    }
}
