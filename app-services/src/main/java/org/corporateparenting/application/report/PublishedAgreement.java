package org.corporateparenting.application.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.shared.RecordNotFound;

/**
 * The rule that a report's figure for an indicator on 31 March agrees with the board's published dataset for March:
 * for each indicator code, the report's value beside the published numerator, ready for reconciliation. Nothing is
 * compared when the month has not been published.
 */
final class PublishedAgreement {

    private PublishedAgreement() {
    }

    /** {@code inReport}: indicator code to the value the report prints, with where it prints it. */
    static Map<String, Map<String, Long>> with(DatasetService dataset, ReportingMonth month, Map<String, Map.Entry<String, Long>> inReport) {
        Map<String, Map<String, Long>> agreements = new LinkedHashMap<>();
        DatasetView published;
        try {
            published = dataset.dataset(month.toString(), null);
        } catch (RecordNotFound notPublished) {
            return agreements;
        }
        for (DatasetView.Row r : published.rows()) {
            Map.Entry<String, Long> printed = inReport.get(r.code());
            if (printed != null) {
                Map<String, Long> places = new LinkedHashMap<>();
                places.put(printed.getKey(), printed.getValue());
                places.put("the board's dataset for " + month + " (" + r.code() + ")", r.numerator() == null ? -1 : Math.round(r.numerator()));
                agreements.put(r.title(), places);
            }
        }
        return agreements;
    }
}
