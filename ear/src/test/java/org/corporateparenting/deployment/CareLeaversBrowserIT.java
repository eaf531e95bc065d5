package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The leaving care team's journey in a real browser: open one personal adviser's caseload, open a care leaver, record
 * a contact, first dated in the future (refused on its field, the method chosen kept), then today; analysts read but do
 * not record; other teams have no way in. H2 only.
 */
class CareLeaversBrowserIT extends BrowserJourneys {

    @Test
    void aPersonalAdviserRecordsAContactFromTheirCaseload() {
        DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        Page team = browser.signIn("leaving-care", 1280, 900);
        team.navigate(Http.APP + "/care-leavers");
        team.locator("#caseload vaadin-grid-cell-content").first().waitFor();
        BrowserSession.screenshot(team, "care-leavers-all");
        team.locator("#adviser").click();
        // The list's first item is "Every adviser"; the one after is the first adviser by name.
        Locator firstAdviser = team.locator("vaadin-select-list-box vaadin-select-item").nth(1);
        String adviser = firstAdviser.innerText().trim();
        firstAdviser.click();
        Locator rows = team.locator("#caseload vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(adviser));
        rows.first().waitFor();
        BrowserSession.screenshot(team, "care-leavers-caseload");
        team.locator("#caseload vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(Pattern.compile("^[A-Z]\\d+$")))
                .first().click();
        team.waitForURL("**/care-leavers/*");
        team.locator("#leaver-summary").waitFor();
        assertThat(team.locator("#leaver-summary").innerText()).contains("adviser " + adviser);
        int before = team.locator("#leaver-contacts vaadin-grid-cell-content").count();

        team.locator("#contact-method").click();
        team.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Face to face")).click();
        team.locator("#contact-date input").fill(LocalDate.now().plusDays(2).format(uk));
        team.locator("#contact-date input").press("Enter");
        team.locator("#record-contact").click();
        team.waitForCondition(() -> team.locator("#contact-date").getAttribute("invalid") != null);
        assertThat((String) team.locator("#contact-date").evaluate("f => f.errorMessage")).isNotBlank();
        assertThat(team.locator("#contact-method").innerText()).as("the choice is kept").contains("Face to face");
        BrowserSession.screenshot(team, "care-leaver-contact-refused");

        team.locator("#contact-date input").fill(LocalDate.now().format(uk));
        team.locator("#contact-date input").press("Enter");
        team.locator("#record-contact").click();
        team.waitForCondition(() -> team.locator("#leaver-status").innerText().equals("Contact recorded."));
        assertThat(team.locator("#leaver-contacts vaadin-grid-cell-content").count()).isGreaterThan(before);
        assertThat(team.locator("#leaver-contacts").innerText()).contains(LocalDate.now().format(uk), "Face to face");
        String page = team.url();
        team.context().close();

        Page analyst = browser.signIn("analyst", 1280, 900);
        analyst.navigate(page);
        analyst.locator("#leaver-contacts").waitFor();
        assertThat(analyst.locator("#record-contact").count()).as("analysts read, the team records").isZero();
        analyst.context().close();

        Page fostering = browser.signIn("fostering", 1280, 900);
        fostering.navigate(Http.APP + "/care-leavers");
        fostering.getByText("You cannot open this page").waitFor();
        fostering.context().close();
    }
}
