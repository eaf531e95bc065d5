package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.report.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The IRO annual report on the real application and database (H2 and PostgreSQL), read back from its PDF: the
 * figures the service counts appear in its tables and in the words that quote them, small counts are withheld,
 * authors' words are saved with version checks, reconciliation names what stops publishing, and a published
 * edition is readable by councillors while the figures behind it are not.
 */
class IroReportIT extends DeployedApplication {

    /** Page pictures of the rendered reports, kept as test artefacts. */
    private static final Path ARTEFACTS = Path.of("target", "report-artefacts");

    private static final String IRO = Http.APP + "/api/reports/annual/iro/";
    private static final String YEAR = AnnualReports.lastEndedYear();

    @Test
    void theDraftPrintsTheCountedFiguresInTablesAndWordsWithSmallCountsWithheld() throws Exception {
        String figures = http.as("iro", IRO + YEAR + "/figures").body();
        long held = AnnualReports.reference(figures, "reviews.held");
        assertThat(held).as("the demo holds reviews every year").isGreaterThan(5);

        HttpResponse<byte[]> draft = http.bytes("iro", IRO + YEAR);
        assertThat(draft.statusCode()).isEqualTo(200);
        String text = PdfText.text(draft.body());
        PdfText.picture(draft.body(), 0, ARTEFACTS.resolve("iro-annual-page-1-" + System.getProperty("it.database", "h2") + ".png"));
        PdfText.picture(draft.body(), PdfText.pages(draft.body()) - 1, ARTEFACTS.resolve("iro-annual-last-page-"
                + System.getProperty("it.database", "h2") + ".png"));
        assertThat(text).contains("Independent Reviewing Officer service: annual report", "Kestrel Vale Council (fictional)",
                "Report to the Corporate Parenting Board", "Reviews held, by quarter", "Draft, not yet published");
        assertThat(text).containsPattern("IROs\\s+chaired\\s+" + Pattern.quote(AnnualReports.count(held)) + "\\s+reviews");
        assertThat(text).containsPattern("Year\\s+(<6|[0-9,]+)\\s+(–|[0-9.]+%)?\\s*[0-9,<]+");

        Matcher small = Pattern.compile("\\{\"label\":\"(PN[1-7]|Stage [1-5]|Informal)\",\"lastYear\":\\d+,\"thisYear\":([1-5])}").matcher(figures);
        assertThat(small.find()).as("the demo has a small count to withhold: " + figures).isTrue();
        assertThat(text).containsPattern(Pattern.quote(small.group(1)) + "\\s+<6");
        assertThat(PdfText.bookmarks(draft.body())).contains("1. Introduction", "4. Reviews and their timeliness");
        assertThat(PdfText.taggedLanguage(draft.body())).isEqualTo("en-GB");
    }

    @Test
    void wordsAreSavedWithVersionsChecksNameWhatIsMissingAndTheEditionIsKept() throws Exception {
        HttpResponse<String> saved = http.json("PUT", IRO + YEAR + "/texts/reviews", "iro",
                "{\"body\":\"We chaired {reviews.held} reviews. {nope}\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"unknownReferences\":[\"nope\"]", "\"editedBy\":\"iro\"");
        long version = Json.number(saved.body(), "version");
        assertThat(http.json("PUT", IRO + YEAR + "/texts/reviews", "analyst", "{\"body\":\"Overwrite\",\"version\":" + (version + 5) + "}")
                .statusCode()).as("a save from an out-of-date version").isEqualTo(409);

        String problems = http.as("iro", IRO + YEAR + "/check").body();
        assertThat(problems).contains("quotes {nope}", "Portfolio holder is empty", "Report author is empty");
        String empty = "\\\" is empty: it is a statutory section, so write it before publishing.";
        assertThat(problems).as("every statutory section without words, by its heading")
                .contains("7. The voice of children and young people" + empty, "9. Conclusion and priorities for next year" + empty)
                .doesNotContain("8. Last year's areas for development" + empty, "4. Reviews and their timeliness" + empty);
        HttpResponse<String> refused = http.json("POST", IRO + YEAR + "/publish", "iro", "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("7. The voice of children and young people" + empty);
        String voice = Arrays.stream(http.as("iro", IRO + YEAR + "/texts").body().split("\\},\\{"))
                .filter(t -> t.contains("\"key\":\"voice\"")).findFirst().orElseThrow();
        assertThat(voice).as("the author sees what the IRO Handbook asks the section to say").contains("\"statutory\":true", "IRO Handbook");

        assertThat(http.json("PUT", IRO + YEAR + "/texts/reviews", "iro", "{\"body\":\"We chaired {reviews.held} reviews.\",\"version\":"
                + version + "}").statusCode()).isEqualTo(200);
        assertThat(http.json("PUT", IRO + YEAR + "/texts/portfolioHolder", "iro", "{\"body\":\"Councillor Test Portfolio\"}").statusCode())
                .isEqualTo(200);
        assertThat(http.json("PUT", IRO + YEAR + "/texts/author", "iro", "{\"body\":\"IRO service manager\"}").statusCode()).isEqualTo(200);
        // The board's March figure is compared with the report's: publish it again so it reflects today's records.
        String march = AnnualReports.march(YEAR);
        assertThat(http.json("POST", Http.APP + "/api/indicators/months/" + march + "/publish", "analyst", "").statusCode()).isEqualTo(200);
        assertThat(AnnualReports.writeStatutorySections(http, IRO + YEAR, "iro", "Written by the IRO service manager."))
                .contains("voice", "priorities");
        assertThat(http.as("iro", IRO + YEAR + "/check").body()).isEqualTo("[]");

        HttpResponse<String> published = http.json("POST", IRO + YEAR + "/publish", "iro", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains("\"kind\":\"IRO_ANNUAL\"", "\"period\":\"" + YEAR + "\"");
        long pdf = Json.number(published.body(), "id");
        HttpResponse<byte[]> asCouncillor = http.bytes("councillor", Http.APP + "/api/reports/editions/" + pdf + "/file");
        assertThat(asCouncillor.statusCode()).isEqualTo(200);
        String text = PdfText.text(asCouncillor.body());
        assertThat(text).contains("Councillor Test Portfolio", "IRO service manager", "Published");
        long held = AnnualReports.reference(http.as("iro", IRO + YEAR + "/figures").body(), "reviews.held");
        assertThat(text).containsPattern("We\\s+chaired\\s+" + Pattern.quote(AnnualReports.count(held)) + "\\s+reviews\\.");
        assertThat(http.as("councillor", IRO + YEAR + "/figures").statusCode()).as("councillors read published editions only").isEqualTo(403);
    }

    @Test
    void badInputIsNamed() {
        HttpResponse<String> year = http.as("iro", IRO + "2025/figures");
        assertThat(year.statusCode()).isEqualTo(422);
        assertThat(year.body()).contains("\"field\":\"year\"");
        HttpResponse<String> key = http.json("PUT", IRO + YEAR + "/texts/nonsense", "iro", "{\"body\":\"x\"}");
        assertThat(key.statusCode()).isEqualTo(422);
        assertThat(key.body()).contains("\"field\":\"key\"");
        assertThat(http.json("PUT", IRO + YEAR + "/texts/voice", "fostering", "{\"body\":\"x\"}").statusCode()).isEqualTo(403);
    }



}
