package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Adoption journeys and adopters through the API, on H2 and PostgreSQL. */
class AdoptionApiIT extends DeployedApplication {

    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String ADOPTION = Http.APP + "/api/adoption";

    private long babyInCare() {
        long id = Json.number(http.json("POST", Http.APP + "/api/children", "adoption", """
                {"childRef":"AJ%d","forename":"Test","surname":"Penhallow","sex":"2","dateOfBirth":"2023-11-01","ethnicity":"WBRI"}"""
                .formatted(REFS.incrementAndGet())).body(), "id");
        http.json("POST", Http.APP + "/api/children/" + id + "/episodes", "adoption",
                "{\"startDate\":\"2024-01-15\",\"reasonNew\":\"S\",\"legalStatus\":\"C1\",\"categoryOfNeed\":\"N1\",\"placementType\":\"U5\"}");
        return id;
    }

    private long approvedAdopters() {
        String ref = "AD-" + REFS.incrementAndGet();
        HttpResponse<String> enquiry = http.json("POST", ADOPTION + "/adopters", "adoption",
                "{\"householdRef\":\"" + ref + "\",\"enquiryOn\":\"2023-01-10\"}");
        long id = Json.number(enquiry.body(), "id");
        String stage = ADOPTION + "/adopters/" + id + "/stage?version=";
        assertThat(http.json("POST", stage + 0, "adoption", "{\"stage\":\"STAGE_TWO\",\"date\":\"2023-02-01\"}").body())
                .contains("can only move to the next stage");
        http.json("POST", stage + 0, "adoption", "{\"stage\":\"STAGE_ONE\",\"date\":\"2023-02-01\"}");
        http.json("POST", stage + 1, "adoption", "{\"stage\":\"STAGE_TWO\",\"date\":\"2023-04-01\"}");
        assertThat(http.json("POST", stage + 2, "adoption", "{\"stage\":\"APPROVED\",\"date\":\"2023-08-01\"}").body())
                .contains("\"stage\":\"APPROVED\"");
        return id;
    }

    @Test
    void aJourneyIsRecordedInOrderAndTimedAgainstTheScorecard() {
        long child = babyInCare();
        long adopters = approvedAdopters();
        String url = ADOPTION + "/journeys/" + child;
        assertThat(http.json("POST", url, "adoption", null).body()).contains("\"enteredCare\":\"2024-01-15\"");
        String milestones = url + "/milestones?version=";
        HttpResponse<String> outOfOrder = http.json("POST", milestones + 0, "adoption",
                "{\"milestone\":\"PLACEMENT_ORDER\",\"date\":\"2024-05-01\"}");
        assertThat(outOfOrder.statusCode()).isEqualTo(422);
        assertThat(outOfOrder.body()).contains("Record SHOULD_BE_PLACED before PLACEMENT_ORDER.");
        http.json("POST", milestones + 0, "adoption", "{\"milestone\":\"SHOULD_BE_PLACED\",\"date\":\"2024-04-01\"}");
        http.json("POST", milestones + 1, "adoption", "{\"milestone\":\"PLACEMENT_ORDER\",\"date\":\"2024-06-01\"}");
        assertThat(http.json("POST", milestones + 2, "adoption",
                "{\"milestone\":\"MATCHED\",\"date\":\"2024-09-01\",\"adopterHouseholdId\":" + adopters + "}").statusCode())
                .isEqualTo(200);
        String placed = http.json("POST", milestones + 3, "adoption",
                "{\"milestone\":\"PLACED\",\"date\":\"2024-09-20\"}").body();
        assertThat(placed).contains("\"a1Days\":249", "\"a1WithinThreshold\":true", "\"a2Days\":92", "\"adopters\":\"AD-");
        assertThat(http.json("POST", milestones + 3, "adoption",
                "{\"milestone\":\"ADOPTION_ORDER\",\"date\":\"2024-10-01\"}").statusCode()).isEqualTo(409);
        assertThat(http.as("iro", url).body()).contains("\"PLACED\":\"2024-09-20\"");
        assertThat(http.as("councillor", url).statusCode()).isEqualTo(403);
    }
}
