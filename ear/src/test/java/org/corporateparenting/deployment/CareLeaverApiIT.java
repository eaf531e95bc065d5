package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The leaving-care service's records through the API, on H2 and PostgreSQL. */
class CareLeaverApiIT extends DeployedApplication {

    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String LEAVERS = Http.APP + "/api/care-leavers";
    private static final LocalDate BORN = LocalDate.of(2006, 1, 10);
    private static final LocalDate EIGHTEENTH = BORN.plusYears(18);

    /** A young person looked after from 14 until their 18th birthday, now a former relevant care leaver. */
    private long careLeaver() {
        HttpResponse<String> child = http.json("POST", Http.APP + "/api/children", "leaving-care", """
                {"childRef":"CL%d","forename":"Test","surname":"Nettleford","sex":"1","dateOfBirth":"%s","ethnicity":"BAFR"}"""
                .formatted(REFS.incrementAndGet(), BORN));
        long childId = Json.number(child.body(), "id");
        HttpResponse<String> episode = http.json("POST", Http.APP + "/api/children/" + childId + "/episodes", "leaving-care", """
                {"startDate":"2020-02-03","endDate":"%s","reasonNew":"S","legalStatus":"C2","categoryOfNeed":"N1",
                 "placementType":"U4","reasonCeased":"E17"}""".formatted(EIGHTEENTH));
        assertThat(episode.statusCode()).as(episode.body()).isEqualTo(201);
        HttpResponse<String> leaver = http.json("POST", LEAVERS, "leaving-care", """
                {"childId":%d,"eligibility":"FORMER_RELEVANT","eligibleFrom":"%s"}""".formatted(childId, EIGHTEENTH));
        assertThat(leaver.statusCode()).as(leaver.body()).isEqualTo(201);
        return Json.number(leaver.body(), "id");
    }

    @Test
    void contactsAreDueUnderTheStandardAndTheAdviserIsAllocated() {
        long id = careLeaver();
        String record = http.as("iro", LEAVERS + "/" + id).body();
        assertThat(record).contains("\"contactOverdue\":true", "\"contactDue\":\"" + EIGHTEENTH.plusDays(56) + "\"");
        LocalDate contacted = LocalDate.now().minusDays(2);
        String after = http.json("POST", LEAVERS + "/" + id + "/contacts", "leaving-care", """
                {"contactDate":"%s","method":"FACE_TO_FACE","successful":true,"worker":"Priya"}""".formatted(contacted)).body();
        assertThat(after).contains("\"contactOverdue\":false", "\"contactDue\":\"" + contacted.plusDays(56) + "\"");
        assertThat(http.json("POST", LEAVERS + "/" + id + "/adviser?version=0", "leaving-care",
                "{\"personalAdviser\":\"Tom Okoro\"}").body()).contains("\"personalAdviser\":\"Tom Okoro\"", "\"lastChange\":{",
                "\"by\":\"leaving-care\"");
        assertThat(http.as("leaving-care", LEAVERS + "?adviser=Tom%20Okoro").body()).contains("\"id\":" + id + ",");
    }

    @Test
    void theCaseloadFindsThoseWhoseContactIsOverdueOrDueSoon() {
        long id = careLeaver();
        String adviser = "Due Tester " + REFS.get();
        http.json("POST", LEAVERS + "/" + id + "/adviser?version=0", "leaving-care", "{\"personalAdviser\":\"" + adviser + "\"}");
        String caseload = LEAVERS + "?adviser=" + adviser.replace(" ", "%20");
        assertThat(http.as("leaving-care", caseload + "&dueWithinDays=0").body()).as("never contacted: overdue").contains("\"id\":" + id + ",");
        http.json("POST", LEAVERS + "/" + id + "/contacts", "leaving-care", """
                {"contactDate":"%s","method":"PHONE","successful":false,"worker":"Priya"}""".formatted(LocalDate.now()));
        assertThat(http.as("leaving-care", caseload + "&dueWithinDays=0").body()).as("a call not answered is no contact")
                .contains("\"id\":" + id + ",");
        http.json("POST", LEAVERS + "/" + id + "/contacts", "leaving-care", """
                {"contactDate":"%s","method":"FACE_TO_FACE","successful":true,"worker":"Priya"}""".formatted(LocalDate.now().minusDays(2)));
        assertThat(http.as("leaving-care", caseload + "&dueWithinDays=53").body()).as("due in 54 days").isEqualTo("[]");
        assertThat(http.as("leaving-care", caseload + "&dueWithinDays=54").body()).contains("\"id\":" + id + ",");

        LocalDate fortnight = LocalDate.now().plusDays(14);
        String dueSoon = http.as("leaving-care", LEAVERS + "?dueWithinDays=14&size=200").body();
        List<LocalDate> due = Pattern.compile("\"contactDue\":\"([0-9-]+)\"").matcher(dueSoon).results()
                .map(m -> LocalDate.parse(m.group(1))).toList();
        assertThat(due).isNotEmpty().allMatch(d -> !d.isAfter(fortnight));
        assertThat(http.as("leaving-care", LEAVERS + "?dueWithinDays=400").statusCode()).isEqualTo(422);
    }

    @Test
    void accommodationAndActivityAreHistoriesInOc3Terms() {
        long id = careLeaver();
        String url = LEAVERS + "/" + id + "/periods";
        http.json("POST", url, "leaving-care", "{\"kind\":\"ACCOMMODATION\",\"fromDate\":\"2024-01-10\",\"code\":\"Z\",\"suitable\":true}");
        String moved = http.json("POST", url, "leaving-care",
                "{\"kind\":\"ACCOMMODATION\",\"fromDate\":\"2025-03-01\",\"code\":\"W\",\"suitable\":false}").body();
        assertThat(moved).contains("\"accommodationNow\":\"W2\"", "\"toDate\":\"2025-03-01\"");
        HttpResponse<String> badCode = http.json("POST", url, "leaving-care",
                "{\"kind\":\"ACTIVITY\",\"fromDate\":\"2025-03-01\",\"code\":\"Q9\"}");
        assertThat(badCode.statusCode()).isEqualTo(422);
        assertThat(badCode.body()).contains("\"field\":\"code\"", "'Q9' is not a activity code.");
        assertThat(http.json("POST", url, "leaving-care", "{\"kind\":\"ACTIVITY\",\"fromDate\":\"2025-03-01\",\"code\":\"F5\"}")
                .body()).contains("\"activityNow\":\"F5\"", "\"inEducationEmploymentOrTraining\":true");
        HttpResponse<String> overlapping = http.json("POST", url, "leaving-care",
                "{\"kind\":\"ACCOMMODATION\",\"fromDate\":\"2025-02-01\",\"code\":\"U\",\"suitable\":true}");
        assertThat(overlapping.statusCode()).isEqualTo(422);
        assertThat(overlapping.body()).contains("\"field\":\"fromDate\"");
    }

    @Test
    void birthdayChecksFollowTheOc3Rules() {
        long id = careLeaver();
        String url = LEAVERS + "/" + id + "/birthday-checks";
        assertThat(http.as("leaving-care", LEAVERS + "/" + id).body()).contains("\"birthdayChecksDue\":[18,19,20]");
        HttpResponse<String> seventeenth = http.json("POST", url, "leaving-care",
                "{\"birthdayAge\":17,\"inTouch\":\"YES\",\"activity\":\"F2\",\"accommodation\":\"Z1\"}");
        assertThat(seventeenth.statusCode()).isEqualTo(422);
        assertThat(seventeenth.body()).contains("still looked after");
        assertThat(http.json("POST", url, "leaving-care",
                "{\"birthdayAge\":19,\"inTouch\":\"YES\",\"activity\":\"F5\",\"accommodation\":\"U1\"}").body())
                .contains("\"birthdayChecksDue\":[18,20]", "\"accommodation\":\"U1\"");
        HttpResponse<String> twice = http.json("POST", url, "leaving-care",
                "{\"birthdayAge\":19,\"inTouch\":\"YES\",\"activity\":\"F5\",\"accommodation\":\"U1\"}");
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("already recorded");
    }

    @Test
    void stayingPutStartsAtEighteenWithTheCouncilsCarers() {
        long id = careLeaver();
        HttpResponse<String> household = http.json("POST", Http.APP + "/api/households", "fostering", """
                {"householdRef":"SP-%d","name":"Test carers","type":"MAINSTREAM","approvedOn":"2015-05-05",
                 "legalBasis":"FULL","places":2,"ageFrom":0,"ageTo":18}""".formatted(REFS.incrementAndGet()));
        long householdId = Json.number(household.body(), "id");
        HttpResponse<String> early = http.json("POST", LEAVERS + "/" + id + "/staying-put", "leaving-care",
                "{\"householdId\":" + householdId + ",\"startDate\":\"" + EIGHTEENTH.minusDays(1) + "\"}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("\"field\":\"startDate\"");
        assertThat(http.json("POST", LEAVERS + "/" + id + "/staying-put", "leaving-care",
                "{\"householdId\":" + householdId + ",\"startDate\":\"" + EIGHTEENTH + "\"}").body())
                .contains("\"householdRef\":\"SP-");
    }

    @Test
    void onlyTheLeavingCareTeamRecordsAndCouncillorsSeeNothing() {
        long id = careLeaver();
        assertThat(http.json("POST", LEAVERS + "/" + id + "/pathway-plans", "fostering",
                "{\"completedOn\":\"" + LocalDate.now() + "\"}").statusCode()).isEqualTo(403);
        assertThat(http.as("councillor", LEAVERS + "/" + id).statusCode()).isEqualTo(403);
        assertThat(http.json("POST", LEAVERS + "/" + id + "/pathway-plans", "leaving-care",
                "{\"completedOn\":\"" + LocalDate.now() + "\"}").body())
                .contains("\"pathwayPlanDue\":\"" + LocalDate.now().plusMonths(6) + "\"", "\"pathwayPlanOverdue\":false");
    }
}
