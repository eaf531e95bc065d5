package org.corporateparenting.application.report;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.indicator.CouncilHistoryLoader;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.indicator.IndicatorCatalogue;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.report.ReportingYear;

/**
 * What annual reports drawn from the board's indicators share: the indicators computed from the case records for
 * 31 March of the year and of the year before (the board's own rules), and the check of a report's figures
 * against the board's published March ({@link PublishedAgreement}).
 */
abstract class YearEndIndicators implements AnnualSource {

    @EJB
    CouncilHistoryLoader histories;

    @EJB
    DatasetService dataset;

    @Inject
    IndicatorCatalogue catalogue;

    /** This year's March, then last year's. */
    List<Dataset> marches(long council, ReportingYear year) {
        ReportingMonth march = march(year);
        return catalogue.catalogue().engine().compute(histories.load(council), List.of(march, march.minus(12)));
    }

    Map<String, Map<String, Long>> agreeWithPublished(ReportingYear year, Map<String, Map.Entry<String, Long>> printed) {
        return PublishedAgreement.with(dataset, march(year), printed);
    }

    static ReportingMonth march(ReportingYear year) {
        return ReportingMonth.of(year.startYear() + 1, 3);
    }
}
