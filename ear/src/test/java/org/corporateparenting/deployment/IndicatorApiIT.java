package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The board's dataset through the API, on the real application and database (H2 and PostgreSQL): the demo
 * council's 24 published months, revisions when the records change, targets and status, benchmarks imported
 * all or nothing, commentary, suppression for councillors and the drill-down for practitioners only.
 */
class IndicatorApiIT extends DeployedApplication {

    private static final String INDICATORS = Http.APP + "/api/indicators";
    private static final String LAST_MONTH = YearMonth.now().minusMonths(1).toString();

    @Test
    void theCatalogueSaysWhatIsComputedAndWhatIsNot() {
        HttpResponse<String> catalogue = http.as("councillor", INDICATORS);
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.body()).contains("\"code\":\"CIC_COUNT\"", "\"code\":\"ADO_A10_DAYS\"", "PLC_20MILES_PCT");
    }

    @Test
    void theDemoPublishesTwoYearsAndAFiguresMatchesItsDrillDown() {
        String months = http.as("analyst", INDICATORS + "/months").body();
        assertThat(months).startsWith("[\"" + LAST_MONTH + "\"");
        assertThat(months.split(",")).hasSizeGreaterThanOrEqualTo(24);

        http.json("POST", INDICATORS + "/months/" + LAST_MONTH + "/publish", "analyst", "");
        String month = http.as("analyst", INDICATORS + "/months/" + LAST_MONTH).body();
        String cic = Json.row(month, "CIC_COUNT");
        double published = Double.parseDouble(Json.field(cic, "numerator"));
        assertThat(published).isGreaterThan(10);
        String drill = http.as("analyst", INDICATORS + "/months/" + LAST_MONTH + "/CIC_COUNT/children").body();
        assertThat(Double.parseDouble(Json.field(drill, "numerator"))).isEqualTo(published);
        assertThat(drill.split("\"counted\":true").length - 1).isEqualTo((int) published);
        assertThat(drill).doesNotContain("surname", "forename", "dateOfBirth");

        String history = http.as("councillor", INDICATORS + "/CIC_RATE/history?to=" + LAST_MONTH + "&months=24").body();
        assertThat(history.split("\"month\":\"").length - 1).isEqualTo(24);
    }

    @Test
    void aMonthNeverPublishedIsBackfilledAsKnownWhenItWasExtractedAndReRunAsKnownNow() {
        YearMonth old = YearMonth.now().minusMonths(30);
        long child = Json.number(http.json("POST", Http.APP + "/api/children", "fostering", """
                {"childRef":"KNW%d","forename":"Test","surname":"Coverdale","sex":"2","dateOfBirth":"2014-02-01","ethnicity":"WBRI"}"""
                .formatted(ProcessHandle.current().pid() % 100000)).body(), "id");
        HttpResponse<String> episode = http.json("POST", Http.APP + "/api/children/" + child + "/episodes", "fostering",
                "{\"startDate\":\"" + old.minusMonths(2).atDay(5) + "\",\"reasonNew\":\"S\",\"legalStatus\":\"C2\","
                        + "\"categoryOfNeed\":\"N1\",\"placementType\":\"U4\"}");
        assertThat(episode.statusCode()).as(episode.body()).isEqualTo(201);

        HttpResponse<String> backfill = http.json("POST", INDICATORS + "/backfill?months=30", "analyst", "");
        assertThat(backfill.statusCode()).as(backfill.body()).isEqualTo(200);
        String then = http.as("analyst", INDICATORS + "/months/" + old).body();
        assertThat(Json.field(then, "revision")).isEqualTo("1");
        assertThat(Instant.parse(Json.field(then, "extractedAt"))).as("extracted on the 10th day after the month")
                .isEqualTo(old.atEndOfMonth().plusDays(10).atStartOfDay(ZoneId.of("Europe/London")).toInstant());

        HttpResponse<String> now = http.json("POST", INDICATORS + "/months/" + old + "/publish", "analyst", "");
        assertThat(now.body()).as("the child recorded today counts when the month is re-run")
                .contains("\"revision\":2", "\"created\":true", "\"code\":\"CIC_COUNT\"");
        String second = http.as("analyst", INDICATORS + "/months/" + old).body();
        assertThat(Double.parseDouble(Json.field(Json.row(second, "CIC_COUNT"), "numerator")))
                .as("this child, and any other recorded through the screens since, count now")
                .isGreaterThanOrEqualTo(Double.parseDouble(Json.field(Json.row(then, "CIC_COUNT"), "numerator")) + 1);
        assertThat(http.as("analyst", INDICATORS + "/months/" + old + "/CIC_COUNT/children").body())
                .as("who is counted now, from today's records").contains("KNW" + ProcessHandle.current().pid() % 100000);
    }

    @Test
    void aChangeInTheRecordsMakesANewRevisionThatSaysWhatChanged() {
        String earlier = YearMonth.now().minusMonths(3).toString();
        HttpResponse<String> rerun = http.json("POST", INDICATORS + "/months/" + earlier + "/publish", "analyst", "");
        assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(200);
        int revision = Integer.parseInt(Json.field(rerun.body(), "revision"));

        long child = Json.number(http.json("POST", Http.APP + "/api/children", "fostering", """
                {"childRef":"IND%d","forename":"Test","surname":"Marrick","sex":"1","dateOfBirth":"2015-04-01","ethnicity":"WBRI"}"""
                .formatted(ProcessHandle.current().pid() % 100000)).body(), "id");
        HttpResponse<String> episode = http.json("POST", Http.APP + "/api/children/" + child + "/episodes", "fostering",
                "{\"startDate\":\"" + YearMonth.parse(earlier).atDay(10) + "\",\"reasonNew\":\"S\",\"legalStatus\":\"C1\","
                        + "\"categoryOfNeed\":\"N1\",\"placementType\":\"U5\"}");
        assertThat(episode.statusCode()).as(episode.body()).isEqualTo(201);

        String before = http.as("councillor", INDICATORS + "/months/" + earlier).body();
        assertThat(Json.field(before, "revision")).as("nothing changes silently").isEqualTo(String.valueOf(revision));

        HttpResponse<String> revised = http.json("POST", INDICATORS + "/months/" + earlier + "/publish", "analyst", "");
        assertThat(Json.field(revised.body(), "revision")).isEqualTo(String.valueOf(revision + 1));
        assertThat(revised.body()).contains("\"created\":true", "\"code\":\"CIC_COUNT\"", "\"code\":\"CIC_STARTS\"");

        String first = http.as("analyst", INDICATORS + "/months/" + earlier + "?revision=" + revision).body();
        String second = http.as("analyst", INDICATORS + "/months/" + earlier).body();
        assertThat(Double.parseDouble(Json.field(Json.row(second, "CIC_COUNT"), "numerator")))
                .isEqualTo(Double.parseDouble(Json.field(Json.row(first, "CIC_COUNT"), "numerator")) + 1);
        assertThat(http.as("analyst", INDICATORS + "/months/" + earlier + "/revisions").body()).contains("CIC_COUNT");

        HttpResponse<String> again = http.json("POST", INDICATORS + "/months/" + earlier + "/publish", "analyst", "");
        assertThat(again.body()).contains("\"created\":false");
    }

    @Test
    void targetsGiveAStatusByPolarity() {
        HttpResponse<String> set = http.json("PUT", INDICATORS + "/PLC_FOSTER_COUNT/targets/" + financialYear(), "analyst", null);
        assertThat(set.statusCode()).isIn(400, 415, 422);
        HttpResponse<String> saved = form("PUT", INDICATORS + "/PLC_FOSTER_COUNT/targets/" + financialYear(), "target=1");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        String row = Json.row(http.as("analyst", INDICATORS + "/months/" + LAST_MONTH).body(), "PLC_FOSTER_COUNT");
        assertThat(Json.field(row, "status")).isEqualTo("On target");
        assertThat(new BigDecimal(Json.field(row, "target"))).isEqualByComparingTo("1");

        HttpResponse<String> bad = form("PUT", INDICATORS + "/PLC_FOSTER_COUNT/targets/" + financialYear(), "target=lots");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("target", "not a number");
        assertThat(form("PUT", INDICATORS + "/PLC_FOSTER_COUNT/targets/" + financialYear(), "target=1", "councillor").statusCode())
                .isEqualTo(403);
    }

    @Test
    void benchmarksImportAllOrNothingNamingTheRow() {
        String bad = "code,kind,vintage,value,source\nCIC_COUNT,ENGLAND,2022/23,437,Test\nCIC_COUNT,ENGLAND,2023/24,lots,Test\n";
        HttpResponse<String> refused = http.upload("analyst", INDICATORS + "/benchmarks", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("row 3, value", "not a number");
        assertThat(http.as("analyst", INDICATORS + "/months/" + LAST_MONTH).body()).doesNotContain("2022/23");

        String good = "code,kind,vintage,value,source\nCIC_COUNT,ENGLAND,2022/23,437,Test\n";
        HttpResponse<String> imported = http.upload("analyst", INDICATORS + "/benchmarks", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.body()).contains("\"imported\":1");
        assertThat(Json.row(http.as("councillor", INDICATORS + "/months/" + LAST_MONTH).body(), "CIC_COUNT")).contains("2022/23");
    }

    @Test
    void oneBenchmarkIsEnteredByTheFormsRulesAndTheIndicatorsSettingsAndPopulationAreRead() {
        HttpResponse<String> bad = form("POST", INDICATORS + "/CIC_RATE/benchmarks",
                "kind=MOON&vintage=1998%2F99&value=high&source=");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"kind\"", "\"field\":\"value\"", "\"field\":\"source\"").doesNotContain("Row ");
        HttpResponse<String> saved = form("POST", INDICATORS + "/CIC_RATE/benchmarks",
                "kind=STATISTICAL_NEIGHBOURS&vintage=1998%2F99&value=61.5&source=Synthetic+test");
        assertThat(saved.statusCode()).isEqualTo(204);
        assertThat(http.as("analyst", INDICATORS + "/CIC_RATE/settings").body())
                .contains("\"kind\":\"STATISTICAL_NEIGHBOURS\"", "\"value\":61.5", "\"vintage\":\"1998/99\"");
        assertThat(http.as("analyst", INDICATORS + "/population").body()).contains("\"midYear\":", "\"under18\":");
        assertThat(http.as("fostering", INDICATORS + "/CIC_RATE/settings").statusCode()).isEqualTo(403);
        assertThat(form("POST", INDICATORS + "/CIC_RATE/benchmarks",
                "kind=ENGLAND&vintage=1998%2F99&value=1&source=x", "councillor").statusCode()).isEqualTo(403);
    }

    @Test
    void commentaryIsShownWithTheMonthAndItsAuthor() {
        HttpResponse<String> saved = http.json("POST", INDICATORS + "/months/" + LAST_MONTH + "/commentary", "fostering",
                "{\"area\":\"FOSTERING\",\"body\":\"Two households approved at panel.\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        assertThat(http.as("councillor", INDICATORS + "/months/" + LAST_MONTH).body())
                .contains("Two households approved at panel.", "\"author\":\"fostering\"");
        assertThat(http.json("POST", INDICATORS + "/months/" + LAST_MONTH + "/commentary", "councillor",
                "{\"area\":\"FOSTERING\",\"body\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(http.json("POST", INDICATORS + "/months/" + LAST_MONTH + "/commentary", "fostering",
                "{\"area\":\"GARDENING\",\"body\":\"x\"}").statusCode()).isEqualTo(422);
    }

    @Test
    void aManagersCommentOnAnIndicatorIsShownBesideItVersionedAndAudited() {
        String comment = INDICATORS + "/months/" + LAST_MONTH + "/PLC_STAB_3PLUS/comment";
        assertThat(http.json("POST", comment, "fostering", "{\"body\":\"First draft of the comment.\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> saved = http.json("POST", comment, "fostering", "{\"body\":\"Two assessments were booked late.\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        String row = Json.row(http.as("councillor", INDICATORS + "/months/" + LAST_MONTH).body(), "PLC_STAB_3PLUS");
        assertThat(row).contains("\"body\":\"Two assessments were booked late.\"", "\"author\":\"fostering\"", "\"earlierVersions\":1",
                "\"number\":\"5.3\"").doesNotContain("First draft");
        assertThat(http.json("POST", comment, "councillor", "{\"body\":\"x\"}").statusCode()).as("councillors only read").isEqualTo(403);
        assertThat(http.json("POST", INDICATORS + "/months/" + LAST_MONTH + "/NO_SUCH/comment", "fostering", "{\"body\":\"x\"}")
                .statusCode()).isEqualTo(422);
        assertThat(http.json("POST", comment, "fostering", "{\"body\":\" \"}").statusCode()).isEqualTo(422);
        assertThat(http.as("auditor", Http.APP + "/api/audit?user=fostering").body()).contains("\"recordType\":\"IndicatorComment\"",
                "Two assessments were booked late.");
    }

    @Test
    void councillorsSeeAggregatesOnlyWithSmallNumbersSuppressed() {
        String month = http.as("councillor", INDICATORS + "/months/" + LAST_MONTH).body();
        Matcher rows = Pattern.compile("\"code\":\"([A-Z0-9_]+)\"").matcher(month);
        int suppressed = 0;
        while (rows.find()) {
            String row = Json.row(month, rows.group(1));
            if (row.contains("\"suppressed\":true")) {
                suppressed++;
                assertThat(row).as("a suppressed figure shows no number").doesNotContain("\"numerator\":", "\"denominator\":")
                        .doesNotContainPattern("\"unit\":\"[A-Z_0-9]+\",\"value\"");
            }
        }
        assertThat(suppressed).as("some small figure is suppressed for councillors").isPositive();
        assertThat(http.as("councillor", INDICATORS + "/months/" + LAST_MONTH + "/CIC_COUNT/children").statusCode()).isEqualTo(403);
        assertThat(http.json("POST", INDICATORS + "/months/" + LAST_MONTH + "/publish", "councillor", "").statusCode()).isEqualTo(403);
        assertThat(http.as("analyst", INDICATORS + "/months/" + LAST_MONTH).body()).doesNotContain("\"suppressed\":true");
        HttpResponse<String> current = http.json("POST", INDICATORS + "/months/" + YearMonth.now() + "/publish", "analyst", "");
        assertThat(current.statusCode()).isEqualTo(422);
    }

    private static int financialYear() {
        YearMonth last = YearMonth.parse(LAST_MONTH);
        return last.getMonthValue() >= 4 ? last.getYear() : last.getYear() - 1;
    }

    private HttpResponse<String> form(String method, String url, String body) {
        return form(method, url, body, "analyst");
    }

    private HttpResponse<String> form(String method, String url, String body, String user) {
        return http.send(method, url, user, "application/x-www-form-urlencoded", body);
    }
}
