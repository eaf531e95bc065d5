package org.corporateparenting.application.ssda903;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;

/**
 * Benchmark (not a test): the one 903 check ({@link Ssda903Validation}: every DfE rule of the year's list, with the
 * previous year's return so that the rules comparing two years run) over a synthetic council's 2025-26 return and its
 * 2024-25 return, as uploaded files, at each size given (children the generator makes; the return lists those looked
 * after in the year). For each size it prints the rows of both years, the rule failures, the time of a <b>cold</b> check
 * (the first in a fresh JVM: classes loading, nothing compiled yet; run in a child process so that every size starts
 * cold), the median of five <b>warm</b> checks in this JVM after two unmeasured ones, and the warm microseconds per row,
 * which stay flat as the rows grow if the cost is linear in rows. With {@code -Dbench.server=http://localhost:8080} the
 * same ZIP is also posted to a running server ({@code POST /api/ssda903/2025/validate?part=rules}, as the demo's
 * {@code analyst}): the first request, then the median of three, the whole request timed (upload, check, report). The
 * figures are in the README ("Checking the 903 return"). Run with {@code mvn -q -pl app-services exec:java
 * -Dexec.mainClass=org.corporateparenting.application.ssda903.Ssda903CheckBenchmark -Dexec.args="5000 10000 20000"}.
 */
public final class Ssda903CheckBenchmark {

    private static final CollectionYear YEAR = new CollectionYear(2025);
    private static final LocalDate AS_AT = LocalDate.of(2026, 11, 30);
    private static final int WARM_RUNS = 5;

    private Ssda903CheckBenchmark() {
    }

    /** A council's two returns as uploaded files, by path, and their rows. */
    private record Upload(Map<String, String> files, long rows, long children) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals("--cold")) {
            Upload upload = upload(Integer.parseInt(args[1]));
            long start = System.nanoTime();
            Ssda903Validation.files(YEAR, upload.files(), Map.of());
            System.out.println(ms(start, System.nanoTime()));
            return;
        }
        String[] sizes = args.length == 0 ? new String[] {"5000", "10000", "20000"} : args;
        System.out.printf("%-9s %-9s %-9s %-9s %-9s %-9s %-9s %-9s%n", "children", "in 25-26", "rows", "failures", "rules", "cold ms",
                "warm ms", "us/row");
        List<double[]> perRow = new ArrayList<>();
        for (String size : sizes) {
            long cold = cold(Integer.parseInt(size));
            Upload upload = upload(Integer.parseInt(size));
            ValidationReport report = null;
            for (int i = 0; i < 2; i++) {
                report = Ssda903Validation.files(YEAR, upload.files(), Map.of());
            }
            long[] warm = new long[WARM_RUNS];
            for (int i = 0; i < WARM_RUNS; i++) {
                long start = System.nanoTime();
                report = Ssda903Validation.files(YEAR, upload.files(), Map.of());
                warm[i] = System.nanoTime() - start;
            }
            Arrays.sort(warm);
            long median = warm[WARM_RUNS / 2];
            double micros = median / 1000.0 / upload.rows();
            perRow.add(new double[] {upload.rows(), micros});
            System.out.printf("%-9s %-9d %-9d %-9d %-9d %-9d %-9d %-9.2f%n", size, upload.children(), upload.rows(), report.failures().size(),
                    report.ran(), cold, median / 1_000_000, micros);
            String server = System.getProperty("bench.server");
            if (server != null) {
                overHttp(server, upload);
            }
        }
        if (perRow.size() > 1) {
            double[] first = perRow.get(0);
            double[] last = perRow.get(perRow.size() - 1);
            System.out.printf("rows x%.1f, warm time per row x%.2f (1.00 is linear in rows)%n", last[0] / first[0], last[1] / first[1]);
        }
    }

    /** The synthetic council's 2025-26 and 2024-25 returns, as a ZIP's paths (2025-26/header.csv, 2024-25/header.csv, ...). */
    private static Upload upload(int children) {
        Ssda903Records records = Ssda903Export.recordsOf(DemoCouncilGenerator.generate(new Council("999", "Benchmark council (synthetic)"),
                new DemoCouncilGenerator.Settings(20261203L, children, 6, AS_AT)));
        Map<String, String> files = new LinkedHashMap<>();
        long rows = 0;
        long inYear = 0;
        for (CollectionYear year : List.of(YEAR, new CollectionYear(YEAR.startYear() - 1))) {
            for (var file : Ssda903Writer.write(records, year).entrySet()) {
                files.put(year.label() + "/" + file.getKey().fileName(), file.getValue());
                long lines = file.getValue().lines().count() - 1;
                rows += lines;
                if (year.equals(YEAR) && file.getKey() == Ssda903File.HEADER) {
                    inYear = lines;
                }
            }
        }
        return new Upload(files, rows, inYear);
    }

    /** One check in a fresh JVM (this class's --cold mode), in milliseconds, the files' generation not counted. */
    private static long cold(int children) throws IOException, InterruptedException {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(launcher, "-cp", classPath()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xmx"))
                .forEach(command::add);
        command.addAll(List.of(Ssda903CheckBenchmark.class.getName(), "--cold", String.valueOf(children)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The cold run failed: " + out);
        }
        return Long.parseLong(out.lines().reduce((a, b) -> b).orElseThrow());
    }

    /** This program's class path: exec:java's class loader's, else the JVM's. */
    private static String classPath() {
        if (Ssda903CheckBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> paths = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    paths.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, paths);
        }
        return System.getProperty("java.class.path");
    }

    private static void overHttp(String server, Upload upload) throws IOException, InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : upload.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        String token = Base64.getEncoder().encodeToString("analyst:demo-password".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/api/ssda903/" + YEAR.startYear() + "/validate?part=rules"))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build();
        HttpClient client = HttpClient.newHttpClient();
        long[] times = new long[4];
        int status = 0;
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            times[i] = System.nanoTime() - start;
            status = response.statusCode();
        }
        long[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        System.out.printf("  over HTTP (%s, %d KB ZIP): HTTP %d, first %d ms, then median %d ms (%.2f us/row)%n", server,
                bytes.size() / 1024, status, times[0] / 1_000_000, warm[1] / 1_000_000, warm[1] / 1000.0 / upload.rows());
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
