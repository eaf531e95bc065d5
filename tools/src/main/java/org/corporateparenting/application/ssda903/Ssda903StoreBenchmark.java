package org.corporateparenting.application.ssda903;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;

/**
 * Benchmark (not a test): the whole 903 load into a running server and its database (PostgreSQL for the figures in the
 * README), at each size given (children the generator makes, ten collection years of every file of the return). For
 * each size it posts the ZIP as the demo's {@code analyst} ({@code POST /api/ssda903/import?rows=valid}), reads the
 * phases' milliseconds from the answer ({@code millis}: check, stitch, read, merge, store, record) and the records the
 * load made from its load record ({@code GET /api/ssda903/loads}), and prints the rows, the records made, each phase,
 * the store's records per second (records written to the database over the store phase) and the whole request's rows
 * per second; then it undoes the load ({@code POST /api/ssda903/loads/{year}/undo}, timed) so that every size loads
 * into the same records. The target for the store is 50,000 rows a second. Run with {@code mvn -q -pl
 * app-services exec:java -Dexec.mainClass=org.corporateparenting.application.ssda903.Ssda903StoreBenchmark
 * -Dexec.args="1000 10000" -Dbench.server=http://localhost:8080}.
 */
public final class Ssda903StoreBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String TOKEN = "Basic " + Base64.getEncoder().encodeToString("analyst:demo-password".getBytes(StandardCharsets.UTF_8));

    private static final Pattern OWN_REFS = Pattern.compile("(?m)(?<=^|,)D(?=\\d{6}(,|$))");

    private Ssda903StoreBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String server = System.getProperty("bench.server", "http://localhost:8080");
        String[] sizes = args.length == 0 ? new String[] {"1000", "10000"} : args;
        LocalDate today = LocalDate.now();
        System.out.printf("%-9s %-9s %-9s %-8s %-8s %-8s %-8s %-8s %-8s %-12s %-10s %-8s%n", "children", "rows", "made", "check", "stitch",
                "read", "merge", "store", "record", "store rec/s", "rows/s", "undo ms");
        for (String size : sizes) {
            var council = DemoCouncilGenerator.generate(new Council("999", "Benchmark council (synthetic)"),
                    new DemoCouncilGenerator.Settings(20261203L, Integer.parseInt(size), 10, today));
            Ssda903Records records = Ssda903Export.recordsOf(council);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long rows = 0;
            CollectionYear last = null;
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (CollectionYear y = CollectionYear.containing(today.minusYears(9)); !y.start().isAfter(today); y = new CollectionYear(y.startYear() + 1)) {
                    for (var file : Ssda903Writer.write(records, y).entrySet()) {
                        zip.putNextEntry(new ZipEntry(y.label() + "/" + file.getKey().fileName()));
                        // The demo council's children are D000001..: the benchmark's are B000001.., so every load makes its own.
                        zip.write(OWN_REFS.matcher(file.getValue()).replaceAll("B").getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                        rows += file.getValue().lines().count() - 1;
                    }
                    last = y;
                }
            }
            long start = System.nanoTime();
            HttpResponse<String> loaded = HTTP.send(request(server + "/api/ssda903/import?rows=valid")
                    .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (loaded.statusCode() != 200 || !loaded.body().contains("\"stored\":true")) {
                throw new IllegalStateException("The load was not stored: HTTP " + loaded.statusCode() + " " + head(loaded.body()));
            }
            String loads = HTTP.send(request(server + "/api/ssda903/loads").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            long made = number(loads, "made");
            long store = number(loaded.body(), "store");
            long undoStart = System.nanoTime();
            HttpResponse<String> undone = HTTP.send(request(server + "/api/ssda903/loads/" + last.startYear() + "/undo")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            long undo = undone.statusCode() == 200 ? (System.nanoTime() - undoStart) / 1_000_000 : -undone.statusCode();
            System.out.printf("%-9s %-9d %-9d %-8d %-8d %-8d %-8d %-8d %-8d %-12d %-10d %-8d%n", size, rows, made, number(loaded.body(), "check"),
                    number(loaded.body(), "stitch"), number(loaded.body(), "read"), number(loaded.body(), "merge"), store,
                    number(loaded.body(), "record"), made * 1000 / Math.max(1, store), rows * 1_000_000_000L / Math.max(1, took), undo);
        }
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30)).header("Authorization", TOKEN);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + field + " in " + head(json));
        }
        return Long.parseLong(m.group(1));
    }

    private static String head(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
