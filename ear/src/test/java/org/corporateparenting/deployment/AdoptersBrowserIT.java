package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The adoption team's journeys in a real browser: register prospective adopters (a reference already used refused on
 * its field, the date kept) and move them to stage one; and match a child waiting since the placement order with
 * approved adopters on the child's page, after a match chosen without adopters is refused on the adopters field (the
 * child's chronology then shows the match).
 * H2 only.
 */
class AdoptersBrowserIT extends BrowserJourneys {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final AtomicInteger REFS = new AtomicInteger();

    @Test
    void theTeamRegistersAdoptersAndMovesThemOn() {
        String taken = Json.field(http.as("adoption", Http.APP + "/api/adoption/adopters").body(), "householdRef");
        Page team = browser.signIn("adoption", 1280, 900);
        team.navigate(Http.APP + "/adopters");
        team.locator("#adopters vaadin-grid-cell-content").first().waitFor();
        assertThat(team.locator("#adopter-counts").innerText()).contains("Enquiry", "Approved");

        team.locator("#adopters-ref input").fill(taken);
        team.locator("#adopters-enquiryOn input").fill(LocalDate.now().format(UK));
        team.locator("#adopters-enquiryOn input").press("Enter");
        team.locator("#register-adopters").click();
        team.waitForCondition(() -> team.locator("#adopters-ref").getAttribute("invalid") != null);
        assertThat((String) team.locator("#adopters-ref").evaluate("f => f.errorMessage")).contains("already has adopters " + taken);
        assertThat(team.locator("#adopters-enquiryOn input").inputValue()).as("the date is kept").isEqualTo(LocalDate.now().format(UK));

        String ref = "BRW-" + REFS.incrementAndGet();
        team.locator("#adopters-ref input").fill(ref);
        team.locator("#register-adopters").click();
        team.waitForCondition(() -> team.locator("#adopters-status").innerText().equals(ref + ": enquiry recorded."));
        team.locator("#adopters vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(ref)).first()
                .waitFor();  // chosen and scrolled into view by the screen, however long the list
        team.locator("#adopters-next").click();
        team.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Stage one").setExact(true)).click();
        team.locator("#adopters-on input").fill(LocalDate.now().format(UK));
        team.locator("#adopters-on input").press("Enter");
        team.locator("#move-adopters").click();
        team.waitForCondition(() -> team.locator("#adopters-status").innerText().equals(ref + ": stage one recorded."));
        BrowserSession.screenshot(team, "adopters");
        team.context().close();
    }

    @Test
    void aChildWaitingIsMatchedWithApprovedAdoptersOnTheirPage() {
        long child = Json.number(http.json("POST", Http.APP + "/api/children", "adoption", """
                {"childRef":"BM%d","forename":"Test","surname":"Trevarthen","sex":"1","dateOfBirth":"2024-02-01","ethnicity":"WBRI"}"""
                .formatted(REFS.incrementAndGet())).body(), "id");
        http.json("POST", Http.APP + "/api/children/" + child + "/episodes", "adoption",
                "{\"startDate\":\"2024-03-04\",\"reasonNew\":\"S\",\"legalStatus\":\"C1\",\"categoryOfNeed\":\"N1\",\"placementType\":\"U5\"}");
        String journey = Http.APP + "/api/adoption/journeys/" + child;
        http.json("POST", journey, "adoption", null);
        http.json("POST", journey + "/milestones?version=0", "adoption", "{\"milestone\":\"SHOULD_BE_PLACED\",\"date\":\"2024-09-02\"}");
        http.json("POST", journey + "/milestones?version=1", "adoption", "{\"milestone\":\"PLACEMENT_ORDER\",\"date\":\"2025-01-06\"}");

        String chosen = "BMA-" + REFS.incrementAndGet();
        long adopters = Json.number(http.json("POST", Http.APP + "/api/adoption/adopters", "adoption",
                "{\"householdRef\":\"" + chosen + "\",\"enquiryOn\":\"2023-01-10\"}").body(), "id");
        String stage = Http.APP + "/api/adoption/adopters/" + adopters + "/stage?version=";
        http.json("POST", stage + 0, "adoption", "{\"stage\":\"STAGE_ONE\",\"date\":\"2023-02-01\"}");
        http.json("POST", stage + 1, "adoption", "{\"stage\":\"STAGE_TWO\",\"date\":\"2023-04-01\"}");
        http.json("POST", stage + 2, "adoption", "{\"stage\":\"APPROVED\",\"date\":\"2023-08-01\"}");

        Page team = browser.signIn("adoption", 1280, 1000);
        team.navigate(Http.APP + "/children/" + child);
        team.locator("#child-milestones").waitFor();
        assertThat(team.locator("#child-milestones").innerText()).contains("Placement order", "06/01/2025");
        team.locator("#milestone").click();
        team.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Matched").setExact(true)).click();
        team.locator("#milestone-on input").fill(LocalDate.now().format(UK));
        team.locator("#milestone-on input").press("Enter");
        team.locator("#record-milestone").click();
        team.waitForCondition(() -> team.locator("#milestone-adopters").getAttribute("invalid") != null);
        assertThat((String) team.locator("#milestone-adopters").evaluate("f => f.errorMessage")).contains("A match needs adopters approved");
        assertThat(team.locator("#milestone").innerText()).as("the choice is kept").contains("Matched");

        team.locator("#milestone-adopters input").fill(chosen);
        team.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(chosen)).click();
        team.locator("#record-milestone").click();
        team.waitForCondition(() -> team.locator("#adoption-status").innerText().equals("Milestone recorded."));
        assertThat(team.locator("#child-milestones").innerText()).contains("Matched", LocalDate.now().format(UK));
        assertThat(team.locator("#child-adoption-timeliness").innerText()).contains("Adopters " + chosen, "Placement order to match (A2)");
        team.waitForCondition(() -> team.locator("#chronology").innerText().contains("Matched"));
        BrowserSession.screenshot(team, "child-matched");
        assertThat(http.as("adoption", journey).body()).contains("\"adopters\":\"" + chosen + "\"");
        team.context().close();
    }
}
