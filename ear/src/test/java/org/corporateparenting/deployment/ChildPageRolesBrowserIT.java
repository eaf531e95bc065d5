package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Need to know on a child's page: performance analysts and IROs read a child's case record and never change it, so
 * the page offers them no Save details, End episode or Start episode, its fields are read only, and the API refuses
 * their changes with 403 (the screens and the API grant the same roles). The fostering team still changes them.
 */
class ChildPageRolesBrowserIT extends BrowserJourneys {

    private static final String CHILD = """
            {"childRef":"%s","forename":"Robin","surname":"Tallowmere","sex":"1","dateOfBirth":"2013-05-05","ethnicity":"WBRI"}""";

    @Test
    void analystsAndIrosReadAChildsPageWithNothingToChangeAndTheApiRefusesTheirChanges() {
        long id = Json.number(http.json("POST", Http.APP + "/api/children", "fostering", CHILD.formatted("R501")).body(), "id");
        assertThat(http.json("POST", Http.APP + "/api/children/" + id + "/episodes", "fostering",
                "{\"startDate\":\"2024-09-02\",\"reasonNew\":\"S\",\"legalStatus\":\"C2\",\"categoryOfNeed\":\"N1\",\"placementType\":\"U4\"}")
                .statusCode()).isEqualTo(201);
        long episode = Json.number(http.as("fostering", Http.APP + "/api/children/" + id + "/episodes").body(), "id");

        for (String reader : new String[] {"analyst", "iro"}) {
            Page page = browser.signIn(reader, 1180, 820);
            page.navigate(Http.APP + "/children/" + id);
            page.locator("#child-episodes").waitFor();
            page.locator("#chronology").waitFor();
            assertThat(page.locator("#child-surname input").inputValue()).isEqualTo("Tallowmere");
            assertThat(page.locator("#save-child").isVisible()).as(reader + ": Save details").isFalse();
            assertThat(page.locator("#end-episode").count()).as(reader + ": End episode").isZero();
            assertThat(page.locator("#start-episode").count()).as(reader + ": Start episode").isZero();
            assertThat(page.locator("#child-surname").getAttribute("readonly")).as(reader + ": the details are read only").isNotNull();
            BrowserSession.screenshot(page, "child-read-only-" + reader);
            page.context().close();

            String current = http.as(reader, Http.APP + "/api/children/" + id).body();
            assertThat(http.json("PUT", Http.APP + "/api/children/" + id + "?version=" + Json.number(current, "version"), reader,
                    CHILD.formatted("R501").replace("Tallowmere", "Changed")).statusCode()).as(reader + " PUT /api/children/{id}").isEqualTo(403);
            assertThat(http.json("POST", Http.APP + "/api/children/" + id + "/episodes", reader,
                    "{\"startDate\":\"2025-01-06\",\"reasonNew\":\"P\",\"legalStatus\":\"C2\",\"categoryOfNeed\":\"N1\",\"placementType\":\"U5\"}")
                    .statusCode()).as(reader + " POST episodes").isEqualTo(403);
            assertThat(http.json("PUT", Http.APP + "/api/episodes/" + episode + "?version=0", reader,
                    "{\"startDate\":\"2024-09-02\",\"endDate\":\"2025-01-06\",\"reasonNew\":\"S\",\"legalStatus\":\"C2\",\"categoryOfNeed\":\"N1\","
                            + "\"placementType\":\"U4\",\"reasonCeased\":\"E11\"}").statusCode()).as(reader + " PUT episode").isEqualTo(403);
            assertThat(http.json("POST", Http.APP + "/api/children", reader, CHILD.formatted("R502" + reader)).statusCode())
                    .as(reader + " registers a child").isEqualTo(403);
        }
        assertThat(http.as("fostering", Http.APP + "/api/children/" + id).body()).contains("\"surname\":\"Tallowmere\"");

        Page fostering = browser.signIn("fostering", 1180, 820);
        fostering.navigate(Http.APP + "/children/" + id);
        fostering.locator("#save-child").waitFor();
        assertThat(fostering.locator("#end-episode").isVisible()).isTrue();
        assertThat(fostering.locator("#start-episode").isVisible()).isTrue();
        assertThat(fostering.locator("#child-surname").getAttribute("readonly")).isNull();
        fostering.context().close();
    }
}
