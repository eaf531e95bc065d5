package org.corporateparenting.application.ssda903;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corporateparenting.application.demo.DemoCouncil;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.indicator.ChildHistory;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.review.LookedAfterReview;

/**
 * Benchmark (not a test): writes a synthetic council's 903 returns for ten collection years, then times loading them as
 * the import does (check, stitch, merge into an empty council, and a second merge over the records the first made, which
 * must change nothing), printing rows, rows per second and heap for each size. The database is not part of these
 * figures; with {@code -Dbench.server=http://localhost:8080} the same ZIP is also loaded into a running server (the demo,
 * as {@code analyst}) and the whole request timed. Run with {@code mvn -q -pl app-services exec:java
 * -Dexec.mainClass=org.corporateparenting.application.ssda903.Ssda903LoadBenchmark -Dexec.args="1000 10000 100000"}.
 */
public final class Ssda903LoadBenchmark {

    private Ssda903LoadBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String[] sizes = args.length == 0 ? new String[] {"1000", "10000"} : args;
        LocalDate today = LocalDate.now();
        System.out.printf("%-9s %-6s %-9s %-9s %-9s %-9s %-10s %-11s %-8s%n", "children", "years", "rows", "check ms", "stitch ms",
                "merge ms", "again ms", "rows/s", "heap MB");
        for (String size : sizes) {
            DemoCouncil council = DemoCouncilGenerator.generate(new Council("999", "Benchmark council (synthetic)"),
                    new DemoCouncilGenerator.Settings(20261124L, Integer.parseInt(size), 10, today));
            Ssda903Records records = Ssda903Export.recordsOf(council);
            Map<CollectionYear, Map<String, String>> years = new TreeMap<>();
            long rows = 0;
            for (CollectionYear y = CollectionYear.containing(today.minusYears(9)); !y.start().isAfter(today);
                    y = new CollectionYear(y.startYear() + 1)) {
                Map<String, String> files = new HashMap<>();
                for (var file : Ssda903Writer.write(records, y).entrySet()) {
                    files.put(file.getKey().fileName(), file.getValue());
                    rows += file.getValue().lines().count() - 1;
                }
                years.put(y, files);
            }
            long start = System.nanoTime();
            years.forEach((y, files) -> Ssda903Check.check(files, y));
            long checked = System.nanoTime();
            Ssda903Stitch.Stitched stitched = Ssda903Stitch.stitch(years, new HashSet<>());
            long stitchedAt = System.nanoTime();
            Council target = new Council("998", "Empty council (synthetic)");
            Map<String, Child> children = new HashMap<>();
            Map<String, Episode> episodes = new HashMap<>();
            Map<String, MissingEpisode> missing = new HashMap<>();
            List<Object> created = new Ssda903Merge(target, children, episodes, new HashSet<>(), missing).apply(stitched);
            created.stream().filter(Episode.class::isInstance).map(Episode.class::cast)
                    .forEach(e -> episodes.put(e.getChild().getChildRef() + "|" + e.getStartDate(), e));
            Map<String, List<LookedAfterReview>> reviews = new HashMap<>();
            Map<String, List<Episode>> byChild = Ssda903Reviews.byChild(episodes.values().stream());
            new Ssda903Reviews().apply(stitched.reviews(), children, byChild, Map.of())
                    .forEach(r -> reviews.computeIfAbsent(r.getChild().getChildRef(), c -> new ArrayList<>()).add(r));
            Map<String, CareLeaver> leavers = new HashMap<>();
            Map<String, BirthdayCheck> checks = new HashMap<>();
            new Ssda903Oc3().apply(stitched.oc3(), children, byChild, leavers, checks);
            Further further = new Further(stitched, children, byChild);
            further.load();
            long merged = System.nanoTime();
            Ssda903Merge again = new Ssda903Merge(target, children, episodes, new HashSet<>(), missing);
            again.apply(stitched);
            Ssda903Reviews reviewsAgain = new Ssda903Reviews();
            reviewsAgain.apply(stitched.reviews(), children, byChild, reviews);
            Ssda903Oc3 oc3Again = new Ssda903Oc3();
            oc3Again.apply(stitched.oc3(), children, byChild, leavers, checks);
            Map<String, ImportOutcome.Count> furtherAgain = further.load();
            long mergedAgain = System.nanoTime();
            ImportOutcome second = again.outcome(List.of(), reviewsAgain, oc3Again, furtherAgain);
            if (second.childrenCreated() + second.episodesCreated() + second.episodesUpdated() + second.missingCreated()
                    + second.reviewsCreated() + second.checksCreated() != 0
                    || second.records().values().stream().anyMatch(c -> c.created() + c.updated() != 0)) {
                throw new IllegalStateException("A second load of the same files changed records");
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("%-9s %-6d %-9d %-9d %-9d %-9d %-10d %-11d %-8d%n", size, years.size(), rows, ms(start, checked),
                    ms(checked, stitchedAt), ms(stitchedAt, merged), ms(merged, mergedAgain), rows * 1_000_000_000L / Math.max(1, merged - start),
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
            String server = System.getProperty("bench.server");
            if (server != null) {
                intoServer(server, years, rows);
            }
        }
    }

    private static void intoServer(String server, Map<CollectionYear, Map<String, String>> years, long rows)
            throws IOException, InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var year : years.entrySet()) {
                for (var file : year.getValue().entrySet()) {
                    zip.putNextEntry(new ZipEntry(year.getKey().label() + "/" + file.getKey()));
                    zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        String token = Base64.getEncoder().encodeToString("analyst:demo-password".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/api/ssda903/import?rows=valid")).header("Authorization", "Basic " + token)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build();
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        System.out.printf("  into %s: HTTP %d in %d ms (%d rows/s, database included)%n", server, response.statusCode(), took / 1_000_000,
                rows * 1_000_000_000L / Math.max(1, took));
    }

    /** The adoption, permanence, social worker and OC2 rows, loaded in memory against what earlier loads made. */
    private static final class Further {
        private final Ssda903Stitch.Stitched stitched;
        private final Map<String, Child> children;
        private final Map<String, List<Episode>> byChild;
        private final Ssda903Further.Held held;

        Further(Ssda903Stitch.Stitched stitched, Map<String, Child> children, Map<String, List<Episode>> byChild) {
            this.stitched = stitched;
            this.children = children;
            this.byChild = byChild;
            Map<String, ChildHistory> histories = new HashMap<>();
            List<Object> records = new ArrayList<>(children.values());
            byChild.values().forEach(records::addAll);
            CouncilHistory.of(records, Map.of()).children()
                    .forEach(c -> histories.put(c.child().getChildRef(), c));
            this.held = new Ssda903Further.Held(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), () -> histories);
        }

        Map<String, ImportOutcome.Count> load() {
            Ssda903Further further = new Ssda903Further();
            further.apply(stitched.further(), children, byChild, held);
            return further.counts();
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
