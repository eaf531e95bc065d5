package org.corporateparenting.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.Role;

/**
 * The Corporate Parenting Board's annual report: the dataset's indicators computed for 31 March of the year and the
 * year before ({@link BoardYearFigures}), layout by {@link BoardReportSpec}, written by performance analysts for the
 * board. Every row must agree with the board's published dataset for March (when published).
 */
@ApplicationScoped
class BoardSource extends YearEndIndicators {

    @Override
    public String slug() {
        return "board";
    }

    @Override
    public ReportSpec spec() {
        return BoardReportSpec.SPEC;
    }

    @Override
    public String writerRole() {
        return Role.PERFORMANCE_ANALYST;
    }

    @Override
    public AnnualFigures figures(long council, ReportingYear year) {
        List<Dataset> computed = marches(council, year);
        return BoardYearFigures.of(year.label(), year.previous().label(), catalogue.catalogue().definitions(), computed.get(0), computed.get(1));
    }

    @Override
    public Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year) {
        Map<String, Map.Entry<String, Long>> printed = new LinkedHashMap<>();
        for (Definition d : catalogue.catalogue().definitions()) {
            for (CountTable t : figures.tables()) {
                t.parts().stream().filter(p -> p.label().equals(d.title())).findFirst()
                        .ifPresent(p -> printed.put(d.code(), Map.entry("the table " + t.title().toLowerCase(), p.thisYear())));
            }
        }
        return agreeWithPublished(year, printed);
    }
}
