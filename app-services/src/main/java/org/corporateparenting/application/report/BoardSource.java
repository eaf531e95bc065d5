package org.corporateparenting.application.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.indicator.CouncilHistoryLoader;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.indicator.IndicatorCatalogue;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.Role;

/**
 * The Corporate Parenting Board's annual report: the dataset's indicators computed for 31 March of the year and the
 * year before ({@link BoardYearFigures}), layout by {@link BoardReportSpec}, written by performance analysts for the
 * board. Every row must agree with the board's published dataset for March (when published).
 */
@ApplicationScoped
class BoardSource implements AnnualSource {

    @EJB
    CouncilHistoryLoader histories;

    @EJB
    DatasetService dataset;

    @Inject
    IndicatorCatalogue catalogue;

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
        ReportingMonth march = CareLeaverSource.march(year);
        List<Dataset> computed = catalogue.catalogue().engine().compute(histories.load(council), List.of(march, march.minus(12)));
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
        return PublishedAgreement.with(dataset, CareLeaverSource.march(year), printed);
    }
}
