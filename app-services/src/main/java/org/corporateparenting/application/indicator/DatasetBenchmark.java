package org.corporateparenting.application.indicator;

import java.time.LocalDate;
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
 * councils of several sizes, and prints the time, memory and cost per record. Run with
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
        System.out.printf("%-10s %-8s %-10s %-10s %-12s %-12s %-14s %-10s%n", "children", "CLA", "records", "gather ms",
                "1 month ms", "24 months ms", "µs/record/mo", "heap MB");
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
            System.out.printf("%-10s %-8.0f %-10d %-10d %-12d %-12d %-14.2f %-10d%n", size, cla, records.size(),
                    ms(start, gathered), ms(gathered, oneMonth), ms(oneMonth, backfill),
                    (backfill - oneMonth) / 1000.0 / records.size() / 24, heap);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
