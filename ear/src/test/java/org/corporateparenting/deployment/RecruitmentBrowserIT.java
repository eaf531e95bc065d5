package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The fostering team's recruitment journeys in a real browser: on a tablet, move an enquiry on the pipeline board to
 * its next stage (a date in the future refused on its field first) and be refused a new enquiry with a reference
 * already used (the typing kept); on a desktop, open a held panel meeting, record a case with a reference the council
 * does not have (refused on its field, the choices kept) and then with a household's, and record the decision maker's
 * decision on it. Other teams have no way to the panel. H2 only.
 */
class RecruitmentBrowserIT extends BrowserJourneys {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void anEnquiryMovesOnThePipelineBoardOnATablet() {
        Page tablet = browser.signIn("fostering", 820, 1180);
        tablet.navigate(Http.APP + "/recruitment");
        Locator card = tablet.locator("#stage-ENQUIRY vaadin-button").first();
        card.waitFor();
        String ref = card.innerText().split("[ ,:]")[0];
        BrowserSession.screenshot(tablet, "recruitment-board");
        card.click();
        tablet.waitForCondition(() -> tablet.locator("#enquiry-chosen").innerText().startsWith(ref));
        assertThat(tablet.locator("#advance-enquiry").innerText()).isEqualTo("Move to initial visit");

        tablet.locator("#enquiry-date input").fill(LocalDate.now().plusDays(1).format(UK));
        tablet.locator("#enquiry-date input").press("Enter");
        tablet.locator("#advance-enquiry").click();
        tablet.waitForCondition(() -> tablet.locator("#enquiry-date").getAttribute("invalid") != null);
        assertThat((String) tablet.locator("#enquiry-date").evaluate("f => f.errorMessage")).contains("today");

        tablet.locator("#enquiry-date input").fill(LocalDate.now().format(UK));
        tablet.locator("#enquiry-date input").press("Enter");
        tablet.locator("#advance-enquiry").click();
        tablet.waitForCondition(() -> tablet.locator("#recruitment-status").innerText().equals(ref + ": Moved on."));
        // a card reads "ENQ00096, event: 62 days at this stage" (or "ENQ00096: …" without a source)
        assertThat(tablet.locator("#stage-INITIAL_VISIT").innerText()).containsPattern(ref + "[,:]");
        assertThat(tablet.locator("#stage-ENQUIRY").innerText()).doesNotContainPattern(ref + "[,:]");

        tablet.locator("#enquiry-ref input").fill(ref);
        tablet.locator("#enquiry-source input").fill("library poster");
        tablet.locator("#enquiry-receivedOn input").fill(LocalDate.now().format(UK));
        tablet.locator("#enquiry-receivedOn input").press("Enter");
        tablet.locator("#record-enquiry").click();
        tablet.waitForCondition(() -> tablet.locator("#enquiry-ref").getAttribute("invalid") != null);
        assertThat((String) tablet.locator("#enquiry-ref").evaluate("f => f.errorMessage")).contains("already has enquiry " + ref);
        assertThat(tablet.locator("#enquiry-source input").inputValue()).as("the typing is kept").isEqualTo("library poster");
        tablet.context().close();
    }

    @Test
    void thePanelRecordsARecommendationAndTheDecision() {
        String household = Json.field(http.as("fostering", Http.APP + "/api/households?approved=true&size=1").body(), "householdRef");
        Page fostering = browser.signIn("fostering", 1280, 900);
        fostering.navigate(Http.APP + "/panels");
        Locator held = fostering.locator("#panels vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Held"));
        held.first().waitFor();
        assertThat(fostering.locator("#panels").innerText()).as("next month's meeting is booked").contains("To come");
        held.first().click();
        fostering.waitForURL("**/panels/*");
        fostering.locator("#panel-summary").waitFor();
        int before = fostering.locator("#panel-cases vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(household)).count();

        fostering.locator("#case-type").click();
        fostering.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Review first year")).click();
        fostering.locator("#case-recommendation").click();
        fostering.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Positive")).click();
        fostering.locator("#case-reference input").fill("NO-SUCH-9");
        fostering.locator("#record-case").click();
        fostering.waitForCondition(() -> fostering.locator("#case-reference").getAttribute("invalid") != null);
        assertThat((String) fostering.locator("#case-reference").evaluate("f => f.errorMessage")).contains("no household or enquiry NO-SUCH-9");
        assertThat(fostering.locator("#case-type").innerText()).as("the choices are kept").contains("Review first year");
        assertThat(fostering.locator("#case-recommendation").innerText()).contains("Positive");
        BrowserSession.screenshot(fostering, "panel-case-refused");

        fostering.locator("#case-reference input").fill(household);
        fostering.locator("#record-case").click();
        fostering.waitForCondition(() -> fostering.locator("#panel-status").innerText().equals("Case recorded."));
        Locator recorded = fostering.locator("#panel-cases vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(household));
        assertThat(recorded.count()).isEqualTo(before + 1);

        recorded.last().click();
        fostering.locator("#case-decision").click();
        fostering.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Agreed").setExact(true)).click();
        fostering.locator("#case-decisionOn input").fill(LocalDate.now().format(UK));
        fostering.locator("#case-decisionOn input").press("Enter");
        fostering.locator("#record-decision").click();
        fostering.waitForCondition(() -> fostering.locator("#panel-status").innerText().equals("Decision recorded."));
        assertThat(fostering.locator("#panel-cases").innerText()).contains("Agreed, " + LocalDate.now().format(UK));
        BrowserSession.screenshot(fostering, "panel-meeting");
        fostering.context().close();

        Page iro = browser.signIn("iro", 1280, 900);
        iro.navigate(Http.APP + "/panels");
        iro.getByText("You cannot open this page").waitFor();
        iro.context().close();
    }
}
