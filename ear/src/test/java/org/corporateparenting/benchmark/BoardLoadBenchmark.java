package org.corporateparenting.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole board opening the dataset at once (not a test; prints figures): {@code councillors} sessions sign in and,
 * for {@code seconds}, read the summary, an area and the pack in turn, each pausing to read between pages. A page is
 * what the server does for a tablet opening it: the route's page and the Vaadin client's first request for its
 * content ({@code ?v-r=init}, where the screen is built); the pack is the stored published edition, as the board's
 * pack link serves it. Prints p50, p95 and p99 per page and the pages served a second. The tablets' own drawing is
 * theirs, not the server's, so no browser runs here (50 browsers on the server's 2 cores would time the browsers).
 * <p>
 * Arguments: server (default {@code http://localhost:8080}), councillors (50), seconds (60), reading pause in
 * milliseconds, the mean of a uniform draw from 0 to twice it (2000; 0 for a closed loop), month ({@code yyyy-MM},
 * last month by default). Run against the demo server ({@code mvn install -Prun -DskipTests}):
 * {@code mvn -q -pl ear exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.corporateparenting.benchmark.BoardLoadBenchmark -Dexec.args="http://localhost:8080 50 60"}.
 */
public final class BoardLoadBenchmark {

    private static final String PASSWORD = "demo-password";
    private static final List<String> AREAS = List.of("profile", "health", "wellbeing", "safety", "placements", "education",
            "permanence", "fostering", "adoption", "care-leavers", "reviews");

    private final String server;
    private final String month;
    private final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();

    private BoardLoadBenchmark(String server, String month) {
        this.server = server;
        this.month = month;
    }

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "http://localhost:8080";
        int councillors = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int pause = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        String month = args.length > 4 ? args[4] : YearMonth.now().minusMonths(1).toString();
        BoardLoadBenchmark bench = new BoardLoadBenchmark(server, month);
        bench.publishPackIfNone();
        System.out.printf("Server %s, month %s: %d councillors for %d s, reading pause 0-%d ms%n", server, month, councillors,
                seconds, 2 * pause);
        bench.warmUp();
        bench.timings.clear();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(councillors);
        for (int i = 0; i < councillors; i++) {
            long seed = i;
            pool.submit(() -> bench.councillor(end, pause, new Random(seed)));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        bench.print(seconds);
    }

    /** The pack link serves the published edition; publish one (as the analyst) when the month has none yet. */
    private void publishPackIfNone() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String published = server + "/api/reports/board-pack/" + month + "/published?format=pdf";
        if (client.send(basic(published, "councillor").GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 404) {
            HttpResponse<String> made = client.send(basic(server + "/api/reports/board-pack/" + month + "/publish", "analyst")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("Published the " + month + " pack for the benchmark: HTTP " + made.statusCode());
        }
    }

    private void warmUp() {
        try {
            Session session = new Session();
            for (int i = 0; i < 3; i++) {
                session.summary();
                session.area(AREAS.get(i));
                session.pack();
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The warm-up failed: " + e.getMessage(), e);
        }
    }

    private void councillor(long end, int pause, Random random) {
        try {
            Session session = new Session();
            int step = 0;
            while (System.nanoTime() < end) {
                switch (step++ % 3) {
                    case 0 -> session.summary();
                    case 1 -> session.area(AREAS.get(random.nextInt(AREAS.size())));
                    default -> session.pack();
                }
                if (pause > 0) {
                    Thread.sleep(random.nextInt(2 * pause + 1));
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            failures.incrementAndGet();
            System.out.println("A councillor stopped: " + e);
        }
    }

    private void record(String page, long started) {
        timings.computeIfAbsent(page, p -> Collections.synchronizedList(new ArrayList<>()))
                .add((System.nanoTime() - started) / 1_000_000);
    }

    private void print(int seconds) {
        System.out.printf("%-10s %8s %8s %8s %8s %8s %10s%n", "page", "served", "p50 ms", "p95 ms", "p99 ms", "max ms", "per second");
        int total = 0;
        for (Map.Entry<String, List<Long>> entry : new TreeMap<>(timings).entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            total += sorted.size();
            System.out.printf("%-10s %8d %8d %8d %8d %8d %10.1f%n", entry.getKey(), sorted.size(), at(sorted, 0.50),
                    at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1), sorted.size() / (double) seconds);
        }
        System.out.printf("all        %8d %47.1f%n", total, total / (double) seconds);
        System.out.println("Failed requests or stopped councillors: " + failures.get());
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private HttpRequest.Builder basic(String url, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + token).timeout(Duration.ofSeconds(60));
    }

    /** One councillor's browser session: signed in once through the sign-in form, its cookie kept. */
    private final class Session {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Session() throws IOException, InterruptedException {
            send(HttpRequest.newBuilder(URI.create(server + "/board/" + month)).GET());
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(server + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=councillor&j_password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))));
            if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
                throw new IllegalStateException("Sign-in answered HTTP " + signedIn.statusCode());
            }
        }

        void summary() throws IOException, InterruptedException {
            page("summary", "board/" + month);
        }

        void area(String area) throws IOException, InterruptedException {
            page("area", "board/" + month + "/area/" + area);
        }

        void pack() throws IOException, InterruptedException {
            long started = System.nanoTime();
            HttpResponse<String> pdf = send(HttpRequest.newBuilder(URI.create(server + "/api/reports/board-pack/" + month
                    + "/published?format=pdf")).GET());
            check(pdf, "the pack");
            record("pack", started);
        }

        private void page(String name, String route) throws IOException, InterruptedException {
            long started = System.nanoTime();
            check(send(HttpRequest.newBuilder(URI.create(server + "/" + route)).GET()), route);
            HttpResponse<String> content = send(HttpRequest.newBuilder(URI.create(server + "/?v-r=init&location="
                    + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")).GET());
            check(content, route + " (content)");
            if (!content.body().contains("\"uidl\"")) {
                throw new IllegalStateException(route + ": the first request for the content gave no UI: "
                        + content.body().substring(0, Math.min(200, content.body().length())));
            }
            record(name, started);
        }

        private void check(HttpResponse<String> response, String what) {
            if (response.statusCode() != 200) {
                failures.incrementAndGet();
                throw new IllegalStateException(what + " answered HTTP " + response.statusCode());
            }
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
