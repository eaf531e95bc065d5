package org.corporateparenting.application.indicator;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.indicator.PublishedMonth;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Standards;

/**
 * A board summary as published for a month, without a database: the month and the 13 before it computed from a
 * generated council's records and frozen as published months, then read as the pack reads them (small numbers withheld),
 * with the headline sentences. No targets, benchmarks or commentary (the loader adds those to the stored demo council).
 */
public final class DemoBoardSummary {

    private DemoBoardSummary() {
    }

    public static BoardSummary of(Council council, List<Object> records, ReportingMonth month, int threshold) {
        Catalogue catalogue = Catalogue.of(Standards.DEFAULT);
        CouncilHistory history = CouncilHistory.of(records, Map.of(2020, 90_000));
        Map<ReportingMonth, PublishedMonth> published = new HashMap<>();
        for (Dataset dataset : catalogue.engine().compute(history, ReportingMonth.ending(month, 14))) {
            published.put(dataset.month(), new PublishedMonth(council, dataset, 1, Instant.parse("2026-11-02T06:00:00Z"), "analyst",
                    catalogue.definitions()));
        }
        DatasetViewBuilder builder = new DatasetViewBuilder(catalogue, published, List.of(), List.of(), new Disclosure(threshold));
        DatasetView view = builder.build(published.get(month), List.of());
        List<Headline> headlines = new HeadlineWriter(month, builder.headlineFigures(month), threshold).write();
        return new BoardSummary(view, BoardSummary.TILES, headlines, threshold);
    }
}
