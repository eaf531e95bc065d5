package org.corporateparenting.application.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Times the team screens' lists on a running server (not a test; prints figures): each list as its team asks for it
 * through the API, which runs the same service call as the screen (the screens page the same queries). Run it against
 * the demo server after loading a large council into it (the SSDA903 load benchmark with {@code -Dbench.server} puts
 * 100,000 children into the demo council). Each list is asked for once to warm up, then five times; the median and the
 * slowest are printed with the size of the answer.
 * <p>
 * Arguments: the server (default {@code http://localhost:8080}).
 */
public final class TeamListBenchmark {

    private record Ask(String what, String user, String path) {
    }

    private static final List<Ask> LISTS = List.of(
            new Ask("Children: search by name, first page", "iro", "/api/children?q=Chi&size=50"),
            new Ask("Children: search, page 100", "iro", "/api/children?q=Chi&page=100&size=50"),
            new Ask("Reviews due: every child in care", "iro", "/api/reviews/due"),
            new Ask("Reviews due: overdue only", "iro", "/api/reviews/due?overdue=true"),
            new Ask("Escalations open", "iro", "/api/reviews/escalations"),
            new Ask("Households: register, first page", "fostering", "/api/households?size=50"),
            new Ask("Households: matching (1 place, age 7)", "fostering", "/api/households?vacancies=1&age=7&size=50"),
            new Ask("Panel meetings, first page", "fostering", "/api/recruitment/panels?size=50"),
            new Ask("Care leavers: caseload, first page", "leaving-care", "/api/care-leavers?size=50"),
            new Ask("Care leavers: contact due in 14 days", "leaving-care", "/api/care-leavers?dueWithinDays=14&size=50"),
            new Ask("Adoption: open journeys", "adoption", "/api/adoption/journeys"));

    private TeamListBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String server = args.length > 0 ? args[0] : "http://localhost:8080";
        HttpClient client = HttpClient.newHttpClient();
        String count = get(client, server, "analyst", "/api/children/looked-after/count").body();
        System.out.println("Server " + server + "; children looked after today: " + count);
        System.out.printf("%-42s %9s %9s %10s%n", "List", "median ms", "worst ms", "bytes");
        for (Ask ask : LISTS) {
            HttpResponse<String> first = get(client, server, ask.user(), ask.path());
            if (first.statusCode() != 200) {
                System.out.printf("%-42s HTTP %d%n", ask.what(), first.statusCode());
                continue;
            }
            long[] took = new long[5];
            for (int i = 0; i < took.length; i++) {
                long start = System.nanoTime();
                get(client, server, ask.user(), ask.path());
                took[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(took);
            System.out.printf("%-42s %9d %9d %10d%n", ask.what(), took[2], took[4], first.body().length());
        }
    }

    private static HttpResponse<String> get(HttpClient client, String server, String user, String path)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":demo-password").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(server + path)).header("Authorization", "Basic " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
