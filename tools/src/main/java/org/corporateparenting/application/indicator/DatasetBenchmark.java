package org.corporateparenting.application.indicator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import org.corporateparenting.domain.audit.AuditAction;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.shared.Recorded;
import org.corporateparenting.infrastructure.persistence.Revert;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.demo.DemoCouncil;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.IndicatorEngine;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Standards;

/**
 * Benchmark (not a test): computes the whole dataset for one month and backfills 24 months for synthetic
 * councils of several sizes, and prints the time, memory and cost per record; then the 24 months again as known when
 * each was extracted, with one episode end in ten recorded three weeks late (the cost follows the late records). Run with
 * {@code mvn -q -pl app-services exec:java -Dexec.mainClass=org.corporateparenting.application.indicator.DatasetBenchmark
 * -Dexec.args="1250 5000 200000"} (children over the generated history; the looked-after count at the
 * last month end is printed beside each).
 */
public final class DatasetBenchmark {

    private DatasetBenchmark() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"1250", "5000", "20000"} : args;
        LocalDate today = LocalDate.of(2026, 11, 23);
        ReportingMonth last = ReportingMonth.lastCompleteBefore(today);
        IndicatorEngine engine = Catalogue.of(Standards.DEFAULT).engine();
        System.out.printf("%-10s %-8s %-10s %-10s %-12s %-12s %-14s %-10s %-10s %-14s%n", "children", "CLA", "records", "gather ms",
                "1 month ms", "24 months ms", "µs/record/mo", "heap MB", "late ends", "as known ms");
        for (String size : sizes) {
            DemoCouncil council = DemoCouncilGenerator.generate(new Council("999", "Benchmark council (synthetic)"),
                    new DemoCouncilGenerator.Settings(20261123L, Integer.parseInt(size), 10, today));
            List<Object> records = council.records();
            long start = System.nanoTime();
            CouncilHistory history = CouncilHistory.of(records, Map.of(2020, 1_000_000));
            long gathered = System.nanoTime();
            engine.compute(history, List.of(last));
            long oneMonth = System.nanoTime();
            List<Dataset> months = engine.compute(history, ReportingMonth.ending(last, 24));
            long backfill = System.nanoTime();
            Runtime runtime = Runtime.getRuntime();
            long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            double cla = months.get(23).measure("CIC_COUNT").orElseThrow().numerator();
            List<AuditEvent> trail = lateEnds(records, last);
            CouncilHistory again = CouncilHistory.of(records, Map.of(2020, 1_000_000));
            long knownFrom = System.nanoTime();
            Map<ReportingMonth, LocalDateTime> extracts = new HashMap<>();
            ReportingMonth.ending(last, 24).forEach(m -> extracts.put(m, m.end().plusDays(10).atStartOfDay()));
            new AsKnownThen(Map.of()).apply(again, extracts, trail);
            engine.compute(again, ReportingMonth.ending(last, 24));
            long known = System.nanoTime();
            System.out.printf("%-10s %-8.0f %-10d %-10d %-12d %-12d %-14.2f %-10d %-10d %-14d%n", size, cla, records.size(),
                    ms(start, gathered), ms(gathered, oneMonth), ms(oneMonth, backfill),
                    (backfill - oneMonth) / 1000.0 / records.size() / 24, heap, trail.size(), ms(knownFrom, known));
        }
    }

    /**
     * A trail for the as-known-then backfill: every record numbered as if stored, and one episode in ten that ended in
     * the last 24 months recorded as ended three weeks late (after its month's extract).
     */
    private static List<AuditEvent> lateEnds(List<Object> records, ReportingMonth last) {
        long id = 0;
        for (Object r : records) {
            if (r instanceof Recorded recorded) {
                Revert.identified(recorded, ++id);
            }
        }
        LocalDate from = ReportingMonth.ending(last, 24).get(0).start();
        List<AuditEvent> trail = new ArrayList<>();
        int n = 0;
        for (Object r : records) {
            if (r instanceof Episode e && e.getEndDate() != null && !e.getEndDate().isBefore(from) && !e.getEndDate().isAfter(last.end())
                    && n++ % 10 == 0) {
                trail.add(new AuditEvent(e.getEndDate().plusDays(21).atTime(9, 0), "benchmark", AuditAction.UPDATE, "Episode", e.getId(),
                        e.getChild().getId(), "endDate: null -> " + e.getEndDate() + "; reasonCeased: null -> " + e.getReasonCeased()));
            }
        }
        return trail;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
