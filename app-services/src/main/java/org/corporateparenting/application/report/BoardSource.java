package org.corporateparenting.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.indicator.MonthDisclosure;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Corporate Parenting Board's annual report: the dataset's indicators computed for 31 March of the year and the
 * year before ({@link BoardYearFigures}), layout by {@link BoardReportSpec}, written by performance analysts for the
 * board. Every row must agree with the board's published dataset for March (when published).
 */
@ApplicationScoped
class BoardSource extends YearEndIndicators {

    @Inject
    @ConfigProperty(name = "care.disclosure.threshold", defaultValue = "5")
    int threshold;

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
        return disclosed(council, year).figures();
    }

    /**
     * The report's figures with the marks the board's screens give the same indicators on each 31 March (by
     * {@link MonthDisclosure}, keyed as the period's figures are: {@code kpi:COUNCIL:CODE@YEAR}, withheld ones only).
     */
    Disclosed disclosed(long council, ReportingYear year) {
        List<Dataset> computed = marches(council, year);
        Map<String, Mark> marks = new HashMap<>();
        String[] labels = {year.label(), year.previous().label()};
        for (int i = 0; i < 2; i++) {
            String label = labels[i];
            MonthDisclosure.marks(catalogue.catalogue(), new Disclosure(threshold), computed.get(i))
                    .forEach((code, mark) -> marks.put("kpi:" + council + ":" + code + "@" + label, mark));
        }
        return new Disclosed(BoardYearFigures.of(labels[0], labels[1], catalogue.catalogue().definitions(), computed.get(0), computed.get(1)),
                marks);
    }

    /** The board's annual figures and the board's own marks for them. */
    record Disclosed(AnnualFigures figures, Map<String, Mark> marks) {
    }

    /** Every line: the board's indicator of that title. */
    @Override
    public Map<PeriodDisclosure.Line, String> indicatorLines(AnnualFigures figures) {
        Map<PeriodDisclosure.Line, String> lines = new LinkedHashMap<>();
        for (Definition d : catalogue.catalogue().definitions()) {
            for (CountTable t : figures.tables()) {
                t.parts().stream().filter(p -> p.label().equals(d.title()))
                        .forEach(p -> lines.put(new PeriodDisclosure.Line(t.key(), p.label()), d.code()));
            }
        }
        return lines;
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
