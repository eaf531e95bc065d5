package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The adoption team's list in a real browser: children with an adoption plan, the same as the API lists, with timeliness
 * against the scorecard thresholds; a child opens on their page; other teams have no way in. H2 only.
 */
class AdoptionBrowserIT extends BrowserJourneys {

    @Test
    void theAdoptionTeamListsChildrenWithAPlanAndOpensOne() {
        String api = http.as("adoption", Http.APP + "/api/adoption/journeys?open=false").body();
        String first = Json.field(api, "childRef");
        assertThat(http.as("fostering", Http.APP + "/api/adoption/journeys").statusCode()).isEqualTo(403);

        Page adoption = browser.signIn("adoption", 1280, 900);
        adoption.navigate(Http.APP + "/adoption");
        adoption.locator("#all-journeys input").check();
        adoption.locator("#journeys vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(first)).first().waitFor();
        assertThat(adoption.locator("#journeys").innerText()).contains("Latest milestone", "Care to moving in (A10)");
        BrowserSession.screenshot(adoption, "adoption-journeys");
        adoption.locator("#journeys vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(first)).first().click();
        adoption.waitForURL("**/children/*");
        adoption.locator("#chronology").waitFor();
        assertThat(adoption.locator("#chronology").innerText()).contains("Adoption");
        adoption.context().close();

        Page iro = browser.signIn("iro", 1280, 900);
        iro.navigate(Http.APP + "/adoption");
        iro.getByText("You cannot open this page").waitFor();
        iro.context().close();
    }
}
