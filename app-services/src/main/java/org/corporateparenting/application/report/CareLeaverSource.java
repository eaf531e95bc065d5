package org.corporateparenting.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.Role;

/**
 * The leaving care service's annual report: the board's care-leaver indicators computed for 31 March of the year
 * and the year before ({@link CareLeaverYearFigures}), layout by {@link CareLeaverReportSpec}, written by the leaving
 * care team. Each table must agree with the board's published dataset for March (when published).
 */
@ApplicationScoped
class CareLeaverSource extends YearEndIndicators {

    @Override
    public String slug() {
        return "care-leavers";
    }

    @Override
    public ReportSpec spec() {
        return CareLeaverReportSpec.SPEC;
    }

    @Override
    public String writerRole() {
        return Role.LEAVING_CARE;
    }

    @Override
    public AnnualFigures figures(long council, ReportingYear year) {
        List<Dataset> computed = marches(council, year);
        return CareLeaverYearFigures.of(year.label(), year.previous().label(), computed.get(0), computed.get(1));
    }

    /** Each table's board indicator: the care leavers' total, and the first line (the numerator) of the others. */
    private static final Map<String, String> TABLE_OF = Map.of("service", "CL_COUNT", "inTouch", "CL_IN_TOUCH", "accommodation",
            "CL_SUITABLE_ACCOM", "eet", "CL_EET", "plans", "CL_PATHWAY_PLAN_HAS", "plansUpToDate", "CL_PATHWAY_PLAN_UPTODATE");

    @Override
    public Map<PeriodDisclosure.Line, String> indicatorLines(AnnualFigures figures) {
        Map<PeriodDisclosure.Line, String> lines = new LinkedHashMap<>();
        for (CountTable t : figures.tables()) {
            String code = TABLE_OF.get(t.key());
            if (code != null) {
                lines.put(new PeriodDisclosure.Line(t.key(), code.equals("CL_COUNT") ? null : t.parts().get(0).label()), code);
            }
        }
        return lines;
    }

    @Override
    public Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year) {
        Map<String, Map.Entry<String, Long>> printed = new LinkedHashMap<>();
        for (CountTable t : figures.tables()) {
            String code = TABLE_OF.get(t.key());
            if (code != null) {
                long value = code.equals("CL_COUNT") ? t.total().thisYear() : t.parts().get(0).thisYear();
                printed.put(code, Map.entry("the table " + t.title().toLowerCase(), value));
            }
        }
        return agreeWithPublished(year, printed);
    }
}
