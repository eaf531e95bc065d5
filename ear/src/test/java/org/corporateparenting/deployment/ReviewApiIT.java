package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reviews, IRO allocations and escalations through the API, on H2 and PostgreSQL. */
class ReviewApiIT extends DeployedApplication {

    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String CHILDREN = Http.APP + "/api/children";
    /** A Monday with no bank holiday in the following four weeks. */
    private static final LocalDate CARE_STARTED = LocalDate.of(2024, 7, 1);

    /** A child born on {@code dob}, looked after since {@link #CARE_STARTED}. */
    private long childInCare(String dob) {
        HttpResponse<String> child = http.json("POST", CHILDREN, "fostering", """
                {"childRef":"RV%d","forename":"Test","surname":"Marchbank","sex":"2","dateOfBirth":"%s","ethnicity":"WBRI"}"""
                .formatted(REFS.incrementAndGet(), dob));
        long id = Json.number(child.body(), "id");
        assertThat(http.json("POST", CHILDREN + "/" + id + "/episodes", "fostering", """
                {"startDate":"%s","reasonNew":"S","legalStatus":"C1","categoryOfNeed":"N1","placementType":"U5"}"""
                .formatted(CARE_STARTED)).statusCode()).isEqualTo(201);
        return id;
    }

    private HttpResponse<String> review(long childId, String heldOn, String code) {
        return http.json("POST", CHILDREN + "/" + childId + "/reviews", "iro",
                "{\"heldOn\":\"" + heldOn + "\",\"participation\":\"" + code + "\"}");
    }

    @Test
    void theWorkListGivesEachChildTheNextReviewDueAsTheChildsOwnRecordDoes() {
        String all = http.as("iro", Http.APP + "/api/reviews/due").body();
        Matcher row = Pattern.compile("\\{\"childId\":(\\d+),[^}]*?\"nextDue\":\"([0-9-]+)\",\"overdue\":(true|false)")
                .matcher(all);
        int checked = 0;
        String previous = "";
        while (row.find() && checked < 8) {
            String own = http.as("iro", CHILDREN + "/" + row.group(1) + "/reviews").body();
            assertThat(own).as("child " + row.group(1)).contains("\"nextDue\":\"" + row.group(2) + "\"", "\"overdue\":" + row.group(3));
            assertThat(row.group(2)).as("soonest first").isGreaterThanOrEqualTo(previous);
            previous = row.group(2);
            checked++;
        }
        assertThat(checked).as("the demo council has children in care").isEqualTo(8);
        assertThat(http.as("iro", Http.APP + "/api/reviews/due?overdue=true").body()).doesNotContain("\"overdue\":false");
        assertThat(http.as("fostering", Http.APP + "/api/reviews/due").statusCode()).isEqualTo(403);
    }

    @Test
    void reviewsFollowTheStatutoryTimetable() {
        long id = childInCare("2012-05-05");
        assertThat(http.as("fostering", CHILDREN + "/" + id + "/reviews").body()).contains("\"nextDue\":\"2024-07-29\"");
        HttpResponse<String> first = review(id, "2024-08-02", "PN1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"dueDate\":\"2024-07-29\"", "\"onTime\":false", "\"sequence\":1",
                "\"chairedBy\":\"iro\"", "\"nextDue\":\"2024-11-02\"");
        String second = review(id, "2024-10-30", "PN6").body();
        assertThat(second).contains("\"sequence\":2", "\"onTime\":true", "\"nextDue\":\"2025-04-30\"");
    }

    @Test
    void aSecondReviewFortyDaysAfterTheFirstIsRefusedUntilConfirmed() {
        long id = childInCare("2012-05-05");
        assertThat(review(id, "2024-08-02", "PN1").statusCode()).isEqualTo(200);
        HttpResponse<String> twice = review(id, "2024-09-11", "PN1");
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("\"field\":\"heldOn\"", "40 days before", "reg. 33", "confirm");
        assertThat(http.as("iro", CHILDREN + "/" + id + "/reviews").body()).as("nothing stored").doesNotContain("2024-09-11");
        HttpResponse<String> confirmed = http.json("POST", CHILDREN + "/" + id + "/reviews", "iro",
                "{\"heldOn\":\"2024-09-11\",\"participation\":\"PN1\",\"confirmed\":true}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"sequence\":2", "\"nextDue\":\"2025-03-11\"");
    }

    @Test
    void theRecommendationsMadeAtAReviewAreKeptWithIt() {
        long id = childInCare("2012-05-05");
        String url = CHILDREN + "/" + id + "/reviews";
        HttpResponse<String> tooLong = http.json("POST", url, "iro",
                "{\"heldOn\":\"2024-08-02\",\"participation\":\"PN1\",\"recommendations\":\"" + "x".repeat(2001) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("\"field\":\"recommendations\"");
        assertThat(http.as("iro", url).body()).as("nothing stored").doesNotContain("\"heldOn\":\"2024-08-02\"");
        String held = http.json("POST", url, "iro", """
                {"heldOn":"2024-08-02","participation":"PN1","recommendations":"  Arrange a dental check. Start life story work.  "}""")
                .body();
        assertThat(held).contains("\"recommendations\":\"Arrange a dental check. Start life story work.\"");
        assertThat(http.as("fostering", url).body()).contains("Arrange a dental check.");
    }

    @Test
    void participationMustSuitTheChildsAgeAndTheReviewFallInCare() {
        long older = childInCare("2012-05-05");
        HttpResponse<String> pn0 = review(older, "2024-07-20", "PN0");
        assertThat(pn0.statusCode()).isEqualTo(422);
        assertThat(pn0.body()).contains("\"field\":\"participation\"", "PN0 is only for children under 4");
        HttpResponse<String> before = review(older, "2024-06-20", "PN1");
        assertThat(before.statusCode()).isEqualTo(422);
        assertThat(before.body()).contains("\"field\":\"heldOn\"", "was not looked after on 20/06/2024");
        long baby = childInCare("2023-01-10");
        assertThat(review(baby, "2024-07-20", "PN1").body()).contains("the code is PN0");
        assertThat(review(baby, "2024-07-20", "PN0").statusCode()).isEqualTo(200);
        assertThat(http.json("POST", CHILDREN + "/" + baby + "/reviews", "fostering",
                "{\"heldOn\":\"2024-09-20\",\"participation\":\"PN0\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void anIroIsAllocatedAndCountsInTheCaseload() {
        long id = childInCare("2013-02-02");
        HttpResponse<String> wrong = http.json("POST", Http.APP + "/api/iro/allocations", "admin",
                "{\"childId\":" + id + ",\"iro\":\"fostering\",\"fromDate\":\"2024-07-02\"}");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"field\":\"iro\"", "is not an IRO");
        assertThat(http.json("POST", Http.APP + "/api/iro/allocations", "admin",
                "{\"childId\":" + id + ",\"iro\":\"iro\",\"fromDate\":\"2024-07-02\"}").body()).contains("\"iro\":\"iro\"");
        HttpResponse<String> caseloads = http.as("analyst", Http.APP + "/api/iro/caseloads");
        assertThat(caseloads.statusCode()).isEqualTo(200);
        assertThat(Json.number(caseloads.body(), "children")).isGreaterThanOrEqualTo(1);
        assertThat(http.as("councillor", Http.APP + "/api/iro/caseloads").statusCode()).isEqualTo(403);
    }

    @Test
    void anEscalationMovesUpStageByStageAndCloses() {
        long id = childInCare("2011-03-03");
        HttpResponse<String> unknownTheme = http.json("POST", CHILDREN + "/" + id + "/escalations", "iro",
                "{\"raisedOn\":\"2024-09-01\",\"stage\":\"INFORMAL\",\"themes\":[\"WEATHER\"]}");
        assertThat(unknownTheme.statusCode()).isEqualTo(422);
        assertThat(unknownTheme.body()).contains("\"field\":\"themes\"", "'WEATHER' is not a escalation theme code.");
        String raised = http.json("POST", CHILDREN + "/" + id + "/escalations", "iro",
                "{\"raisedOn\":\"2024-09-01\",\"stage\":\"INFORMAL\",\"themes\":[\"CARE_PLAN\",\"EDUCATION\"]}").body();
        long escalation = Json.number(raised.substring(raised.indexOf("\"escalations\"")), "id");
        String url = CHILDREN + "/" + id + "/escalations/" + escalation;
        HttpResponse<String> backwards = http.json("POST", url + "/stage?version=0", "iro",
                "{\"stage\":\"INFORMAL\",\"enteredOn\":\"2024-09-10\"}");
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(http.json("POST", url + "/stage?version=0", "iro",
                "{\"stage\":\"STAGE_2\",\"enteredOn\":\"2024-09-10\"}").statusCode()).isEqualTo(200);
        assertThat(http.json("POST", url + "/closure?version=0", "iro",
                "{\"closedOn\":\"2024-10-01\",\"outcome\":\"Plan updated\"}").statusCode()).isEqualTo(409);
        String closed = http.json("POST", url + "/closure?version=1", "iro",
                "{\"closedOn\":\"2024-10-01\",\"outcome\":\"Plan updated\"}").body();
        assertThat(closed).contains("\"stage\":\"STAGE_2\"", "\"closedOn\":\"2024-10-01\"",
                "{\"enteredOn\":\"2024-09-01\",\"stage\":\"INFORMAL\"}", "{\"enteredOn\":\"2024-09-10\",\"stage\":\"STAGE_2\"}");
    }

    @Test
    void theOpenEscalationsListShowsEachAtItsStageUntilItCloses() {
        long id = childInCare("2012-05-05");
        String raised = http.json("POST", CHILDREN + "/" + id + "/escalations", "iro",
                "{\"raisedOn\":\"2025-01-06\",\"stage\":\"INFORMAL\",\"themes\":[\"HEALTH\"]}").body();
        long escalation = Json.number(raised.substring(raised.indexOf("\"escalations\"")), "id");
        String open = Http.APP + "/api/reviews/escalations";
        assertThat(entry(http.as("iro", open).body(), id)).contains("\"stage\":\"INFORMAL\"", "\"stageSince\":\"2025-01-06\"",
                "\"raisedBy\":\"iro\"", "\"themes\":[\"HEALTH\"]",
                "\"daysOpen\":" + ChronoUnit.DAYS.between(LocalDate.of(2025, 1, 6), LocalDate.now()));
        String url = CHILDREN + "/" + id + "/escalations/" + escalation;
        http.json("POST", url + "/stage?version=0", "iro", "{\"stage\":\"STAGE_1\",\"enteredOn\":\"2025-02-03\"}");
        assertThat(entry(http.as("analyst", open).body(), id)).contains("\"stage\":\"STAGE_1\"", "\"stageSince\":\"2025-02-03\"");
        assertThat(http.as("iro", open + "?raisedBy=iro").body()).contains("\"childId\":" + id + ",");
        assertThat(http.as("iro", open + "?raisedBy=nobody").body()).isEqualTo("[]");
        http.json("POST", url + "/closure?version=1", "iro", "{\"closedOn\":\"2025-03-03\",\"outcome\":\"Health plan agreed\"}");
        assertThat(http.as("iro", open).body()).doesNotContain("\"childId\":" + id + ",");
        assertThat(http.as("fostering", open).statusCode()).isEqualTo(403);
    }

    /** The object in a JSON list about this child. */
    private static String entry(String list, long childId) {
        return Pattern.compile("\\{[^{}]*\"childId\":" + childId + "[,}][^{}]*}?").matcher(list).results().findFirst()
                .map(MatchResult::group).orElse("(none for child " + childId + ")");
    }
}
