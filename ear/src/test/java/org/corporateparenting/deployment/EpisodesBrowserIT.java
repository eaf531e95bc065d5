package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A placement move recorded on the child's page in a real browser, as the SSDA903 has it: starting the next episode
 * while the current one is still open is refused on the start date (the choices kept); the current episode is ended
 * with X1 and the next starts the same day with a foster household; the history and the chronology show both. H2 only.
 */
class EpisodesBrowserIT extends BrowserJourneys {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final AtomicInteger REFS = new AtomicInteger();

    private static void choose(Page page, String field, String startOfItem) {
        page.locator("#" + field).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(Pattern.compile("^" + startOfItem + " ")))
                .first().click();
    }

    @Test
    void aPlacementMoveEndsOneEpisodeAndStartsTheNext() {
        String household = "EPH-" + REFS.incrementAndGet();
        http.json("POST", Http.APP + "/api/households", "fostering", """
                {"householdRef":"%s","name":"Test household","type":"MAINSTREAM","approvedOn":"2024-05-01","postcode":"KV3 1AB",
                 "legalBasis":"FULL","places":2,"ageFrom":0,"ageTo":18}""".formatted(household));
        long child = Json.number(http.json("POST", Http.APP + "/api/children", "fostering", """
                {"childRef":"EP%d","forename":"Test","surname":"Tremayne","sex":"1","dateOfBirth":"2016-06-01","ethnicity":"WBRI"}"""
                .formatted(REFS.incrementAndGet())).body(), "id");
        http.json("POST", Http.APP + "/api/children/" + child + "/episodes", "fostering",
                "{\"startDate\":\"2025-02-03\",\"reasonNew\":\"S\",\"legalStatus\":\"C2\",\"categoryOfNeed\":\"N1\",\"placementType\":\"R1\"}");
        String today = LocalDate.now().format(UK);

        Page fostering = browser.signIn("fostering", 1280, 1000);
        fostering.navigate(Http.APP + "/children/" + child);
        fostering.locator("#child-episodes").waitFor();
        assertThat(fostering.locator("#child-episodes").innerText()).contains("03/02/2025", "open");

        fostering.locator("#episode-startDate input").fill(today);
        fostering.locator("#episode-startDate input").press("Enter");
        choose(fostering, "episode-reasonNew", "P");
        choose(fostering, "episode-legalStatus", "C2");
        choose(fostering, "episode-categoryOfNeed", "N1");
        choose(fostering, "episode-placementType", "U4");
        fostering.locator("#episode-household input").fill(household);
        fostering.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(household)).first().click();
        fostering.locator("#start-episode").click();
        fostering.waitForCondition(() -> fostering.locator("#episode-startDate").getAttribute("invalid") != null);
        assertThat((String) fostering.locator("#episode-startDate").evaluate("f => f.errorMessage")).contains("Overlaps");
        assertThat(fostering.locator("#episode-placementType").innerText()).as("the choices are kept").contains("U4");

        fostering.locator("#child-episodes vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("03/02/2025")).first().click();
        fostering.locator("#episode-endDate input").fill(today);
        fostering.locator("#episode-endDate input").press("Enter");
        choose(fostering, "episode-reasonCeased", "X1");
        fostering.locator("#end-episode").click();
        fostering.waitForCondition(() -> fostering.locator("#episode-status").innerText().equals("Episode ended."));

        fostering.locator("#start-episode").click();
        fostering.waitForCondition(() -> fostering.locator("#episode-status").innerText().equals("Episode started."));
        assertThat(fostering.locator("#child-episodes").innerText()).contains(household, "open", "X1");
        fostering.waitForCondition(() -> fostering.locator("#chronology").innerText().contains(today));
        BrowserSession.screenshot(fostering, "child-episodes");
        String api = http.as("fostering", Http.APP + "/api/children/" + child + "/episodes").body();
        assertThat(api).contains("\"reasonCeased\":\"X1\"", "\"householdRef\":\"" + household + "\"", "\"reasonNew\":\"P\"");
        fostering.context().close();
    }
}
