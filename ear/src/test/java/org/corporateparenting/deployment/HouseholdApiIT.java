package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fostering service's household records through the API, on H2 and PostgreSQL. */
class HouseholdApiIT extends DeployedApplication {

    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String HOUSEHOLDS = Http.APP + "/api/households";
    private static final LocalDate APPROVED = LocalDate.now().minusYears(2);

    private long approve(String type, String basis, int places) {
        return approve(type, basis, places, APPROVED);
    }

    private long approve(String type, String basis, int places, LocalDate approvedOn) {
        return approve(type, basis, places, approvedOn, "KV3 1AB", 0, 18);
    }

    private long approve(String type, String basis, int places, LocalDate approvedOn, String postcode, int ageFrom, int ageTo) {
        String body = """
                {"householdRef":"IT-%d","name":"Test household","type":"%s","approvedOn":"%s","postcode":"%s",
                 "legalBasis":"%s","places":%d,"ageFrom":%d,"ageTo":%d}""".formatted(REFS.incrementAndGet(), type, approvedOn,
                postcode, basis, places, ageFrom, ageTo);
        HttpResponse<String> created = http.json("POST", HOUSEHOLDS, "fostering", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.number(created.body(), "id");
    }

    @Test
    void theFosteringTeamApprovesAHouseholdAndEveryPractitionerCanReadIt() {
        long id = approve("MAINSTREAM", "FULL", 2);
        HttpResponse<String> record = http.as("iro", HOUSEHOLDS + "/" + id);
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains("\"legalBasis\":\"FULL\"", "\"places\":2", "\"reviewOverdue\":true", "\"by\":\"fostering\"",
                "\"nextReviewDue\":\"" + APPROVED.plusYears(1) + "\"");
        assertThat(http.json("POST", HOUSEHOLDS, "iro", "{}").statusCode()).isEqualTo(403);
        assertThat(http.as("councillor", HOUSEHOLDS).statusCode()).isEqualTo(403);
    }

    @Test
    void matchingFindsHouseholdsWithThePlacesTheAgeAndTheArea() {
        long older = approve("MAINSTREAM", "FULL", 3, APPROVED, "ZZ9 1AA", 5, 10);
        long younger = approve("MAINSTREAM", "FULL", 1, APPROVED, "ZZ9 2BB", 0, 4);
        long elsewhere = approve("MAINSTREAM", "FULL", 3, APPROVED, "ZY1 1AA", 5, 10);
        String twoPlacesAgedSeven = http.as("fostering", HOUSEHOLDS + "?area=ZZ9&vacancies=2&age=7&size=500").body();
        assertThat(ids(twoPlacesAgedSeven)).containsExactly(older);
        assertThat(ids(http.as("fostering", HOUSEHOLDS + "?area=ZZ9&age=3&size=500").body())).containsExactly(younger);
        assertThat(ids(http.as("fostering", HOUSEHOLDS + "?area=zz9&size=500").body()))
                .as("the area in any case, and no other area").containsExactlyInAnyOrder(older, younger);
        assertThat(ids(http.as("fostering", HOUSEHOLDS + "?vacancies=3&age=10&size=500").body())).contains(older, elsewhere)
                .doesNotContain(younger);
        assertThat(ids(http.as("fostering", HOUSEHOLDS + "?area=ZZ9&age=11&size=500").body())).as("ages 5 to 10 and 0 to 4").isEmpty();

        HttpResponse<String> refused = http.as("fostering", HOUSEHOLDS + "?age=19");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"childAge\"");
        assertThat(http.as("fostering", HOUSEHOLDS + "?area=KV3%25").statusCode()).as("no wildcards").isEqualTo(422);
    }

    @Test
    void carersAreNamedOnceAndTheirTrainingCountsTowardsTheTsdStandards() {
        long id = approve("CONNECTED_PERSON", "FULL", 1, APPROVED, "KV3 1AB", 0, 18);
        String url = HOUSEHOLDS + "/" + id;
        assertThat(http.as("fostering", url).body()).contains("\"tsdDue\":\"" + APPROVED.plusMonths(18) + "\"", "\"tsdCompleted\":false");
        http.json("POST", url + "/carers", "fostering", "{\"name\":\"Ada Pengelly\",\"role\":\"FIRST\"}");
        HttpResponse<String> secondFirst = http.json("POST", url + "/carers", "fostering", "{\"name\":\"Bo Pengelly\",\"role\":\"FIRST\"}");
        assertThat(secondFirst.statusCode()).isEqualTo(422);
        assertThat(secondFirst.body()).contains("\"field\":\"role\"", "already has a first carer");
        assertThat(http.json("POST", url + "/carers", "fostering", "{\"name\":\"ada pengelly\",\"role\":\"SECOND\"}").body())
                .contains("\"field\":\"name\"");
        http.json("POST", url + "/carers", "fostering", "{\"name\":\"Bo Pengelly\",\"role\":\"SECOND\"}");

        String training = url + "/training";
        assertThat(http.json("POST", training, "fostering", """
                {"carerName":"Cy Unknown","course":"TSD_STANDARDS","completedOn":"%s"}""".formatted(LocalDate.now())).body())
                .contains("\"field\":\"carerName\"");
        assertThat(http.json("POST", training, "fostering", """
                {"carerName":"Ada Pengelly","course":"TSD_STANDARDS","completedOn":"%s"}""".formatted(LocalDate.now().plusDays(1))).body())
                .contains("\"field\":\"completedOn\"");
        String one = http.json("POST", training, "fostering", """
                {"carerName":"Ada Pengelly","course":"TSD_STANDARDS","completedOn":"%s"}""".formatted(LocalDate.now())).body();
        assertThat(one).as("one carer of two").contains("\"tsdCompleted\":false", "\"course\":\"TSD_STANDARDS\"");
        String both = http.json("POST", training, "fostering", """
                {"carerName":"Bo Pengelly","course":"TSD_STANDARDS","completedOn":"%s"}""".formatted(LocalDate.now())).body();
        assertThat(both).contains("\"tsdCompleted\":true");
        assertThat(http.json("POST", training, "iro", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void theRegisterFindsHouseholdsByTheirStatusToday() {
        long approved = approve("MAINSTREAM", "FULL", 2, APPROVED, "ZX5 1AA", 0, 18);
        long held = approve("MAINSTREAM", "FULL", 2, APPROVED, "ZX5 2AA", 0, 18);
        long gone = approve("MAINSTREAM", "FULL", 2, APPROVED, "ZX5 3AA", 0, 18);
        http.json("POST", HOUSEHOLDS + "/" + held + "/holds", "fostering",
                "{\"fromDate\":\"" + LocalDate.now().minusDays(3) + "\",\"reason\":\"Family illness\"}");
        http.json("POST", HOUSEHOLDS + "/" + gone + "/deregistration?version=0", "fostering",
                "{\"deregisteredOn\":\"" + LocalDate.now().minusDays(1) + "\",\"reason\":\"RESIGNED_RETIREMENT\"}");
        String area = HOUSEHOLDS + "?area=ZX5&size=500&status=";
        assertThat(ids(http.as("fostering", area + "APPROVED").body())).containsExactlyInAnyOrder(approved, held);
        assertThat(ids(http.as("fostering", area + "ON_HOLD").body())).containsExactly(held);
        assertThat(ids(http.as("fostering", area + "DEREGISTERED").body())).containsExactly(gone);
        assertThat(ids(http.as("fostering", area + "ANY").body())).containsExactlyInAnyOrder(approved, held, gone);
        HttpResponse<String> unknown = http.as("fostering", area + "SLEEPING");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"field\":\"status\"");
    }

    private static List<Long> ids(String list) {
        return Pattern.compile("\"id\":(\\d+)").matcher(list).results().map(m -> Long.parseLong(m.group(1))).toList();
    }

    @Test
    void temporaryApprovalIsOnlyForConnectedPersonsAndExpiresAfterSixteenWeeks() {
        HttpResponse<String> refused = http.json("POST", HOUSEHOLDS, "fostering", """
                {"householdRef":"IT-T%d","name":"Test","type":"MAINSTREAM","approvedOn":"%s","legalBasis":"TEMPORARY_REG24",
                 "places":1,"ageFrom":0,"ageTo":18}""".formatted(REFS.incrementAndGet(), APPROVED));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"legalBasis\"", "only for connected persons");
        long id = approve("CONNECTED_PERSON", "TEMPORARY_REG24", 1);
        String record = http.as("fostering", HOUSEHOLDS + "/" + id).body();
        assertThat(record).contains("\"temporaryExpires\":\"" + APPROVED.plusWeeks(16) + "\"");
        long terms = Json.number(record.substring(record.indexOf("\"terms\"")), "id");
        HttpResponse<String> expired = http.json("POST", HOUSEHOLDS + "/" + id + "/terms/" + terms + "/extension?version=0",
                "fostering", "{\"weeks\":8}");
        assertThat(expired.statusCode()).isEqualTo(422);
        assertThat(expired.body()).contains("expired on");

        LocalDate recently = LocalDate.now().minusWeeks(2);
        long current = approve("CONNECTED_PERSON", "TEMPORARY_REG24", 1, recently);
        String now = http.as("fostering", HOUSEHOLDS + "/" + current).body();
        long currentTerms = Json.number(now.substring(now.indexOf("\"terms\"")), "id");
        String extension = HOUSEHOLDS + "/" + current + "/terms/" + currentTerms + "/extension?version=";
        assertThat(http.json("POST", extension + 0, "fostering", "{\"weeks\":8}").body())
                .contains("\"temporaryExpires\":\"" + recently.plusWeeks(24) + "\"", "\"temporaryExtended\":true");
        assertThat(http.json("POST", extension + 1, "fostering", "{\"weeks\":2}").body())
                .contains("not yet extended temporary approval");
    }

    @Test
    void varyingTermsKeepsTheOldTermsAndNeedsTheCurrentVersion() {
        long id = approve("MAINSTREAM", "FULL", 1);
        LocalDate from = LocalDate.now().minusMonths(3);
        String terms = """
                {"effectiveFrom":"%s","legalBasis":"FULL","places":3,"ageFrom":5,"ageTo":12,"reason":"Second bedroom"}"""
                .formatted(from);
        HttpResponse<String> varied = http.json("POST", HOUSEHOLDS + "/" + id + "/terms?version=0", "fostering", terms);
        assertThat(varied.statusCode()).as(varied.body()).isEqualTo(200);
        assertThat(varied.body()).contains("\"effectiveTo\":\"" + from + "\"", "\"places\":3", "\"reason\":\"Second bedroom\"");
        HttpResponse<String> stale = http.json("POST", HOUSEHOLDS + "/" + id + "/terms?version=0", "fostering",
                terms.replace("\"places\":3", "\"places\":2"));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> tooMany = http.json("POST", HOUSEHOLDS + "/" + id + "/terms?version=1", "fostering",
                terms.replace("\"places\":3", "\"places\":9").replace(from.toString(), LocalDate.now().toString()));
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("\"field\":\"places\"");
    }

    @Test
    void reviewsVisitsAllegationsAndComplaintsAreRecorded() {
        long id = approve("MAINSTREAM", "FULL", 2);
        String url = HOUSEHOLDS + "/" + id;
        assertThat(http.json("POST", url + "/reviews", "fostering",
                "{\"heldOn\":\"" + APPROVED.plusYears(1).plusDays(10) + "\",\"outcome\":\"CONTINUE\"}").statusCode())
                .isEqualTo(200);
        String afterVisit = http.json("POST", url + "/visits", "fostering",
                "{\"visitDate\":\"" + LocalDate.now().minusDays(3) + "\",\"unannounced\":true,\"worker\":\"Sam\"}").body();
        assertThat(afterVisit).contains("\"onTime\":false", "\"toPanel\":true",
                "\"nextReviewDue\":\"" + APPROVED.plusYears(2).plusDays(10) + "\"",
                "\"lastUnannouncedVisit\":\"" + LocalDate.now().minusDays(3) + "\"");
        HttpResponse<String> badCategory = http.json("POST", url + "/allegations", "fostering",
                "{\"referralDate\":\"" + LocalDate.now() + "\",\"category\":\"RUDE\"}");
        assertThat(badCategory.statusCode()).isEqualTo(422);
        assertThat(badCategory.body()).contains("\"field\":\"category\"");
        String alleged = http.json("POST", url + "/allegations", "fostering",
                "{\"referralDate\":\"" + LocalDate.now().minusDays(7) + "\",\"category\":\"PHYSICAL\"}").body();
        long allegation = Json.number(alleged.substring(alleged.indexOf("\"allegations\"")), "id");
        String outcome = url + "/allegations/" + allegation + "/outcome?version=0";
        assertThat(http.json("POST", outcome, "fostering", "{\"outcome\":\"LOST\",\"date\":\"" + LocalDate.now() + "\"}")
                .body()).contains("\"field\":\"outcome\"");
        assertThat(http.json("POST", outcome, "fostering", "{\"outcome\":\"UNFOUNDED\",\"date\":\"" + LocalDate.now() + "\"}")
                .body()).contains("\"outcome\":\"UNFOUNDED\"");
        assertThat(http.json("POST", outcome, "fostering", "{\"outcome\":\"FALSE\",\"date\":\"" + LocalDate.now() + "\"}")
                .statusCode()).isEqualTo(409);
        HttpResponse<String> future = http.json("POST", url + "/complaints", "fostering",
                "{\"receivedDate\":\"" + LocalDate.now().plusDays(1) + "\",\"complainantType\":\"PARENT\",\"stage\":\"STAGE1\"}");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("\"field\":\"receivedDate\"");
    }

    @Test
    void aHouseholdOnHoldOffersNoVacancyUntilTheHoldEnds() {
        long id = approve("MAINSTREAM", "FULL", 3);
        String vacancies = HOUSEHOLDS + "?vacancy=true&size=500";
        assertThat(http.as("fostering", vacancies).body()).contains("\"id\":" + id + ",");
        String held = http.json("POST", HOUSEHOLDS + "/" + id + "/holds", "fostering",
                "{\"fromDate\":\"" + LocalDate.now().minusDays(10) + "\",\"reason\":\"Carer in hospital\"}").body();
        assertThat(held).contains("\"onHold\":true", "Carer in hospital");
        assertThat(http.as("fostering", vacancies).body()).doesNotContain("\"id\":" + id + ",");
        long hold = Json.number(held.substring(held.indexOf("\"holds\"")), "id");
        assertThat(http.json("POST", HOUSEHOLDS + "/" + id + "/holds/" + hold + "/end?version=0", "fostering",
                "{\"toDate\":\"" + LocalDate.now() + "\"}").body()).contains("\"onHold\":false");
        assertThat(http.as("fostering", vacancies).body()).contains("\"id\":" + id + ",");
    }

    @Test
    void aDeregisteredHouseholdCannotTakeAPlacementAfterwards() {
        long id = approve("MAINSTREAM", "FULL", 2);
        LocalDate ended = LocalDate.now().minusMonths(1);
        HttpResponse<String> deregistered = http.json("POST", HOUSEHOLDS + "/" + id + "/deregistration?version=0",
                "fostering", "{\"deregisteredOn\":\"" + ended + "\",\"reason\":\"RESIGNED_RETIREMENT\"}");
        assertThat(deregistered.statusCode()).as(deregistered.body()).isEqualTo(200);
        assertThat(deregistered.body()).contains("\"deregistrationReason\":\"RESIGNED_RETIREMENT\"");
        assertThat(http.as("fostering", HOUSEHOLDS + "?vacancy=true&size=500").body()).doesNotContain("\"id\":" + id + ",");

        HttpResponse<String> child = http.json("POST", Http.APP + "/api/children", "fostering", """
                {"childRef":"HH%d","forename":"Test","surname":"Lowther","sex":"1","dateOfBirth":"2015-01-01","ethnicity":"WBRI"}"""
                .formatted(REFS.incrementAndGet()));
        long childId = Json.number(child.body(), "id");
        HttpResponse<String> placement = http.json("POST", Http.APP + "/api/children/" + childId + "/episodes", "fostering", """
                {"startDate":"%s","reasonNew":"S","legalStatus":"C2","categoryOfNeed":"N1","placementType":"U5",
                 "placementProvider":"PR1","householdId":%d}""".formatted(LocalDate.now().minusDays(5), id));
        assertThat(placement.statusCode()).isEqualTo(422);
        assertThat(placement.body()).contains("\"field\":\"householdId\"", "was not approved on");
        HttpResponse<String> earlier = http.json("POST", Http.APP + "/api/children/" + childId + "/episodes", "fostering", """
                {"startDate":"%s","reasonNew":"S","legalStatus":"C2","categoryOfNeed":"N1","placementType":"U5",
                 "placementProvider":"PR1","householdId":%d}""".formatted(ended.minusMonths(2), id));
        assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(201);
        assertThat(earlier.body()).contains("\"householdRef\":\"IT-");
    }
}
