package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Need to know through the real API, on H2 and PostgreSQL: the demo's {@code -team} users hold no all-children
 * permission, so each reaches only their team's caseload (NeedToKnow). A child outside it answers exactly as a child that
 * does not exist, the list and its count hold only the caseload, the refusal is in the audit trail by id and without the
 * child's name, and the all-children permission an administrator grants opens the child.
 */
class NeedToKnowIT extends DeployedApplication {

    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String CHILDREN = Http.APP + "/api/children";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private long child(String surname, LocalDate born) {
        HttpResponse<String> child = http.json("POST", CHILDREN, "admin", """
                {"childRef":"NK%d","forename":"Test","surname":"%s","sex":"2","dateOfBirth":"%s","ethnicity":"WBRI"}"""
                .formatted(REFS.incrementAndGet(), surname, born));
        assertThat(child.statusCode()).as(child.body()).isEqualTo(201);
        return Json.number(child.body(), "id");
    }

    private void episode(long child, String json) {
        HttpResponse<String> episode = http.json("POST", CHILDREN + "/" + child + "/episodes", "admin", json);
        assertThat(episode.statusCode()).as(episode.body()).isEqualTo(201);
    }

    /** A baby in care with an agency's carers and an adoption plan: in adoption's and the IRO's caseload, never fostering's. */
    private long adoptionOnlyChild(String surname) {
        long id = child(surname, LocalDate.of(2024, 11, 1));
        episode(id, "{\"startDate\":\"2025-01-15\",\"reasonNew\":\"S\",\"legalStatus\":\"C1\",\"categoryOfNeed\":\"N1\",\"placementType\":\"U5\"}");
        HttpResponse<String> journey = http.json("POST", Http.APP + "/api/adoption/journeys/" + id, "admin", null);
        assertThat(journey.statusCode()).as(journey.body()).isIn(200, 201);
        return id;
    }

    /** A young person looked after from 14 to 18 and now a care leaver: in leaving care's caseload, no longer the IRO's. */
    private long careLeaverWhoLeftCare(String surname) {
        LocalDate born = LocalDate.of(2006, 1, 10);
        long id = child(surname, born);
        episode(id, """
                {"startDate":"2020-02-03","endDate":"%s","reasonNew":"S","legalStatus":"C2","categoryOfNeed":"N1",
                 "placementType":"U4","reasonCeased":"E17"}""".formatted(born.plusYears(18)));
        HttpResponse<String> leaver = http.json("POST", Http.APP + "/api/care-leavers", "admin", """
                {"childId":%d,"eligibility":"FORMER_RELEVANT","eligibleFrom":"%s"}""".formatted(id, born.plusYears(18)));
        assertThat(leaver.statusCode()).as(leaver.body()).isEqualTo(201);
        return id;
    }

    private static List<Long> ids(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(page);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    @Test
    void aFosteringUserCannotReadAnAdoptionOnlyChildAndGetsTheAnswerOfAChildThatDoesNotExist() {
        long id = adoptionOnlyChild("Trevithick");
        HttpResponse<String> refused = http.as("fostering-team", CHILDREN + "/" + id);
        HttpResponse<String> missing = http.as("fostering-team", CHILDREN + "/" + (id + 1_000_000));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).isEqualTo(missing.body().replace(String.valueOf(id + 1_000_000), String.valueOf(id)))
                .doesNotContain("Trevithick");
        for (String part : new String[] {"/chronology", "/episodes"}) {
            assertThat(http.as("fostering-team", CHILDREN + "/" + id + part).statusCode()).as(part).isEqualTo(404);
        }
        assertThat(http.as("adoption-team", CHILDREN + "/" + id).statusCode()).isEqualTo(200);
        assertThat(http.as("iro-team", CHILDREN + "/" + id).statusCode()).as("in care: the IRO's").isEqualTo(200);
        assertThat(http.as("fostering", CHILDREN + "/" + id).statusCode()).as("the demo's fostering user holds the permission")
                .isEqualTo(200);
    }

    @Test
    void aFosteringUserListsOnlyTheirCaseloadWithTheRightCountAndReadsEveryChildInIt() {
        long adoptionOnly = adoptionOnlyChild("Polglase");
        String all = http.as("analyst", CHILDREN + "?size=500").body();
        String caseload = http.as("fostering-team", CHILDREN + "?size=500").body();
        long everyone = Json.number(all, "total");
        long reached = Json.number(caseload, "total");
        List<Long> listed = ids(caseload);
        assertThat(reached).as("the demo gives the fostering team children placed with its carers").isPositive()
                .isLessThan(everyone);
        assertThat(listed).hasSize((int) reached).doesNotContain(adoptionOnly);
        assertThat(Json.number(http.as("fostering-team", CHILDREN + "?q=Polglase").body(), "total")).isZero();
        assertThat(Json.number(http.as("analyst", CHILDREN + "?q=Polglase").body(), "total")).isEqualTo(1);
        List<Long> paged = new ArrayList<>(ids(http.as("fostering-team", CHILDREN + "?size=5&page=0").body()));
        paged.addAll(ids(http.as("fostering-team", CHILDREN + "?size=5&page=1").body()));
        assertThat(paged).as("pages follow the caseload's order").isEqualTo(listed.subList(0, Math.min(10, listed.size())));
        for (long id : listed.subList(0, Math.min(15, listed.size()))) {
            assertThat(http.as("fostering-team", CHILDREN + "/" + id).statusCode()).as("child " + id).isEqualTo(200);
        }
        for (String team : new String[] {"adoption-team", "iro-team", "leaving-care-team"}) {
            assertThat(Json.number(http.as(team, CHILDREN).body(), "total")).as(team + " has children to work with").isPositive()
                    .isLessThan(everyone);
        }
    }

    @Test
    void anIroCannotReadACareLeaverWhoHasLeftCareUntilGrantedTheAllChildrenPermission() {
        long id = careLeaverWhoLeftCare("Angwin");
        String child = CHILDREN + "/" + id;
        assertThat(http.as("leaving-care-team", child).statusCode()).isEqualTo(200);
        assertThat(http.as("iro-team", child).statusCode()).isEqualTo(404);
        assertThat(Json.number(http.as("iro-team", CHILDREN + "?q=Angwin").body(), "total")).isZero();
        String permission = Http.APP + "/api/users/iro-team/all-children";
        try {
            HttpResponse<String> granted = http.json("PUT", permission, "admin", "{\"allChildren\":true}");
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
            assertThat(granted.body()).contains("\"allChildren\":true");
            assertThat(http.as("iro-team", child).statusCode()).isEqualTo(200);
            assertThat(Json.number(http.as("iro-team", CHILDREN + "?q=Angwin").body(), "total")).isEqualTo(1);
            assertThat(http.as("iro", permission.replace("/all-children", "")).statusCode()).as("administrators only").isEqualTo(403);
            assertThat(http.json("PUT", permission, "admin", "{}").statusCode()).isEqualTo(422);
        } finally {
            http.json("PUT", permission, "admin", "{\"allChildren\":false}");
        }
        assertThat(http.as("iro-team", child).statusCode()).as("withdrawn").isEqualTo(404);
        assertThat(http.as("admin", Http.APP + "/api/users/iro-team/changes").body())
                .contains("\"action\":\"ALL_CHILDREN_SET\"", "\"detail\":\"granted\"", "\"detail\":\"withdrawn\"", "\"actor\":\"admin\"");
    }

    @Test
    void theRefusalIsInTheAuditTrailByIdWithoutTheChildsName() {
        long id = careLeaverWhoLeftCare("Chenoweth");
        assertThat(http.as("iro-team", CHILDREN + "/" + id).statusCode()).isEqualTo(404);
        String trail = http.as("auditor", Http.APP + "/api/audit?user=iro-team").body();
        assertThat(trail).containsPattern("\\{\"action\":\"REFUSED\",\"changes\":\"outside the user's caseload \\(need to know\\)\","
                + "\"childId\":" + id + ",[^}]*\"recordId\":" + id + ",\"recordType\":\"NeedToKnow\",\"username\":\"iro-team\"\\}");
        assertThat(trail).doesNotContain("Chenoweth");
    }
}
