package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Placement matching that protects children, through the API on the real application (issue 23): a placement is
 * checked against the household's approval on its first day (places, ages, a connected person's named child) and
 * needs a documented exemption outside it; the vacancy search keeps connected persons for their named children; an
 * allegation names only a child placed there then; a second annual review weeks after the last needs confirming.
 */
class PlacementSafeguardsIT extends DeployedApplication {

    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String HOUSEHOLDS = Http.APP + "/api/households";
    private static final String CHILDREN = Http.APP + "/api/children";
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate APPROVED = TODAY.minusYears(3);
    private static final LocalDate YEAR_AGO = TODAY.minusYears(1);

    private long household(String type, int places, int ageFrom, int ageTo, String postcode) {
        HttpResponse<String> created = http.json("POST", HOUSEHOLDS, "fostering", """
                {"householdRef":"PS-%d%d","name":"Matching household","type":"%s","approvedOn":"%s","postcode":"%s",
                 "legalBasis":"FULL","places":%d,"ageFrom":%d,"ageTo":%d}""".formatted(ProcessHandle.current().pid() % 1000,
                REFS.incrementAndGet(), type, APPROVED, postcode, places, ageFrom, ageTo));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.number(created.body(), "id");
    }

    /** A child born on 1 March 2014 (12 in 2026). */
    private long child() {
        String ref = "PS" + ProcessHandle.current().pid() % 1000 + REFS.incrementAndGet();
        HttpResponse<String> created = http.json("POST", CHILDREN, "fostering", """
                {"childRef":"%s","forename":"Test","surname":"Matching","sex":"2","dateOfBirth":"2014-03-01",
                 "ethnicity":"WBRI","upn":null,"homePostcode":"KV1 2AB"}""".formatted(ref));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.number(created.body(), "id");
    }

    private HttpResponse<String> place(long child, long household, LocalDate on, String placement, String exemption) {
        return http.json("POST", CHILDREN + "/" + child + "/episodes", "fostering", """
                {"startDate":"%s","endDate":null,"reasonNew":"S","legalStatus":"C2","categoryOfNeed":"N1",
                 "placementType":"%s","placementProvider":"PR1","householdId":%d%s}""".formatted(on, placement, household,
                exemption == null ? "" : ",\"exemption\":" + exemption));
    }

    private void placed(long child, long household, LocalDate on, String placement) {
        HttpResponse<String> placed = place(child, household, on, placement, null);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    }

    private static List<Long> ids(String list) {
        return Pattern.compile("\"id\":(\\d+)").matcher(list).results().map(m -> Long.parseLong(m.group(1))).toList();
    }

    @Test
    void aFourthChildInAOnePlaceHouseholdIsRefusedAndAcceptedWithTheExemptionWhichIsShown() {
        long h = household("MAINSTREAM", 3, 0, 18, "KV3 1AB");
        for (int i = 0; i < 3; i++) {
            placed(child(), h, YEAR_AGO, "U4");
        }
        HttpResponse<String> varied = http.json("POST", HOUSEHOLDS + "/" + h + "/terms?version=0", "fostering", """
                {"effectiveFrom":"%s","legalBasis":"FULL","places":1,"ageFrom":0,"ageTo":18,"reason":"Carer's health"}"""
                .formatted(TODAY.minusMonths(1)));
        assertThat(varied.statusCode()).as(varied.body()).isEqualTo(200);

        long fourth = child();
        HttpResponse<String> refused = place(fourth, h, TODAY, "U4", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"householdId\"", "4 children", "usual fostering limit of three");

        HttpResponse<String> incomplete = place(fourth, h, TODAY, "U4", """
                {"basis":"USUAL_FOSTERING_LIMIT","reason":"","agreedBy":"Pat Okafor","agreedByRole":"","agreedOn":"%s"}"""
                .formatted(TODAY));
        assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(422);
        assertThat(incomplete.body()).contains("\"field\":\"exemptionReason\"", "\"field\":\"exemptionAgreedByRole\"");

        HttpResponse<String> accepted = place(fourth, h, TODAY, "U4", """
                {"basis":"USUAL_FOSTERING_LIMIT","reason":"Sibling of a child placed there; emergency overnight",
                 "agreedBy":"Pat Okafor","agreedByRole":"Head of Service","agreedOn":"%s"}""".formatted(TODAY));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.body()).contains("\"agreedBy\":\"Pat Okafor\"", "\"basis\":\"USUAL_FOSTERING_LIMIT\"");
        assertThat(http.as("iro", CHILDREN + "/" + fourth + "/episodes").body()).contains("\"agreedByRole\":\"Head of Service\"");
        String record = http.as("fostering", HOUSEHOLDS + "/" + h).body();
        assertThat(record).contains("\"reason\":\"Sibling of a child placed there; emergency overnight\"", "\"agreedBy\":\"Pat Okafor\"");
    }

    @Test
    void aChildOutsideTheApprovedAgesIsRefused() {
        long h = household("MAINSTREAM", 2, 0, 4, "KV3 2AB");
        HttpResponse<String> refused = place(child(), h, TODAY, "U4", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"householdId\"", "aged 0 to 4", "the child is 12");
    }

    @Test
    void aConnectedPersonIsForTheNamedChildOnlyInPlacementsAndInTheVacancySearch() {
        long h = household("CONNECTED_PERSON", 2, 0, 18, "ZQ7 1AB");
        long named = child();
        long unrelated = child();
        HttpResponse<String> naming = http.json("POST", HOUSEHOLDS + "/" + h + "/named-children", "fostering",
                "{\"childId\":" + named + "}");
        assertThat(naming.statusCode()).as(naming.body()).isEqualTo(200);
        assertThat(naming.body()).contains("\"namedChildren\":[" + named + "]");

        HttpResponse<String> refused = place(unrelated, h, TODAY, "U3", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"householdId\"", "connected person");
        assertThat(ids(http.as("fostering", HOUSEHOLDS + "?vacancy=true&area=ZQ7&size=500").body()))
                .as("no connected person's household for an unnamed child").doesNotContain(h);
        assertThat(ids(http.as("fostering", HOUSEHOLDS + "?vacancy=true&area=ZQ7&size=500&childId=" + unrelated).body()))
                .doesNotContain(h);
        assertThat(ids(http.as("fostering", HOUSEHOLDS + "?vacancy=true&area=ZQ7&size=500&childId=" + named).body()))
                .contains(h);
        placed(named, h, TODAY, "U3");
    }

    @Test
    void anAllegationNamingAChildNotPlacedThereThenIsRefused() {
        long h = household("MAINSTREAM", 2, 0, 18, "KV3 3AB");
        long placedChild = child();
        long elsewhere = child();
        placed(placedChild, h, YEAR_AGO, "U4");
        String url = HOUSEHOLDS + "/" + h + "/allegations";
        HttpResponse<String> refused = http.json("POST", url, "fostering", """
                {"childId":%d,"referralDate":"%s","category":"PHYSICAL"}""".formatted(elsewhere, TODAY.minusDays(2)));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"childId\"", "was not placed with household");
        HttpResponse<String> beforePlaced = http.json("POST", url, "fostering", """
                {"childId":%d,"incidentDate":"%s","referralDate":"%s","category":"PHYSICAL"}"""
                .formatted(placedChild, YEAR_AGO.minusDays(10), TODAY.minusDays(2)));
        assertThat(beforePlaced.statusCode()).as("the incident before the child lived there").isEqualTo(422);
        HttpResponse<String> accepted = http.json("POST", url, "fostering", """
                {"childId":%d,"incidentDate":"%s","referralDate":"%s","category":"PHYSICAL"}"""
                .formatted(placedChild, TODAY.minusDays(5), TODAY.minusDays(2)));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(http.json("POST", url, "fostering", """
                {"childId":null,"referralDate":"%s","category":"NEGLECT"}""".formatted(TODAY.minusDays(1))).statusCode())
                .as("a child not in our care").isEqualTo(200);
    }

    @Test
    void aSecondAnnualReviewFortyDaysAfterTheLastNeedsConfirmingAndOnlyThenMovesTheDueDate() {
        long h = household("MAINSTREAM", 2, 0, 18, "KV3 4AB");
        String url = HOUSEHOLDS + "/" + h;
        LocalDate first = TODAY.minusDays(60);
        assertThat(http.json("POST", url + "/reviews", "fostering", "{\"heldOn\":\"" + first + "\",\"outcome\":\"CONTINUE\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> duplicate = http.json("POST", url + "/reviews", "fostering",
                "{\"heldOn\":\"" + first.plusDays(40) + "\",\"outcome\":\"CONTINUE\"}");
        assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(422);
        assertThat(duplicate.body()).contains("\"field\":\"heldOn\"", "40 days before", "reg. 28(2)");
        assertThat(http.as("fostering", url).body()).contains("\"nextReviewDue\":\"" + first.plusYears(1) + "\"");
        HttpResponse<String> confirmed = http.json("POST", url + "/reviews", "fostering",
                "{\"heldOn\":\"" + first.plusDays(40) + "\",\"outcome\":\"CONTINUE\",\"confirmed\":true}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"confirmedEarly\":true", "\"nextReviewDue\":\"" + first.plusDays(40).plusYears(1) + "\"");
    }
}
