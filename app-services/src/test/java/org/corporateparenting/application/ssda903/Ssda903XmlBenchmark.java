package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;

/**
 * Benchmark (not a test; in the test sources because it writes the XML with the tests' {@link Ssda903XmlWriter}): the
 * same synthetic council's 2025-26 and 2024-25 returns checked as CSV files and as the DfE's XML return, warm (median of
 * five after two unmeasured), with the XML's size and the time to read this year's XML into tables alone. Run (the
 * module's exec:java is set to the compile class path) with {@code cd app-services && mvn -o -q test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test && java -Xmx3g -cp
 * target/classes:target/test-classes:$(cat target/test.classpath)
 * org.corporateparenting.application.ssda903.Ssda903XmlBenchmark 20000}.
 */
public final class Ssda903XmlBenchmark {

    private static final CollectionYear YEAR = new CollectionYear(2025);

    private Ssda903XmlBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%-9s %-9s %-9s %-11s %-11s %-11s%n", "children", "rows", "XML MB", "read XML ms", "check CSV", "check XML");
        for (String size : args.length == 0 ? new String[] {"20000"} : args) {
            Ssda903Records records = Ssda903Export.recordsOf(DemoCouncilGenerator.generate(new Council("999", "Benchmark council (synthetic)"),
                    new DemoCouncilGenerator.Settings(20261203L, Integer.parseInt(size), 6, LocalDate.of(2026, 11, 30))));
            Map<String, String> csv = new LinkedHashMap<>();
            Map<String, String> xml = new LinkedHashMap<>();
            long rows = 0;
            for (CollectionYear year : List.of(YEAR, new CollectionYear(2024))) {
                Map<String, String> files = new LinkedHashMap<>();
                Ssda903Writer.write(records, year).forEach((file, text) -> files.put(file.fileName(), text));
                for (var file : files.entrySet()) {
                    csv.put(year.label() + "/" + file.getKey(), file.getValue());
                    rows += file.getValue().lines().count() - 1;
                }
                xml.put(year.label() + "/return.xml", Ssda903XmlWriter.xml(files));
            }
            String current = xml.get(YEAR.label() + "/return.xml");
            long read = median(() -> Ssda903Xml.read("return.xml", current));
            long fromCsv = median(() -> Ssda903Validation.files(YEAR, csv, Map.of()));
            long fromXml = median(() -> Ssda903Validation.files(YEAR, xml, Map.of()));
            long bytes = xml.values().stream().mapToLong(String::length).sum();
            System.out.printf("%-9s %-9d %-9.1f %-11d %-11d %-11d%n", size, rows, bytes / 1e6, read, fromCsv, fromXml);
        }
    }

    private static long median(Runnable run) {
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOfRange(times, 2, times.length);
        Arrays.sort(measured);
        return measured[measured.length / 2] / 1_000_000;
    }
}
