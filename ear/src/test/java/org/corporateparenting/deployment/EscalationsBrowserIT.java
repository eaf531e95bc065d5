package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * An IRO's escalation in a real browser: on a child's page, raise one without a theme (refused on the themes field, the
 * stage kept), then with one; find it on the list of escalations open, at its stage, and open the child from there;
 * move it on to stage 1. The fostering team has no way to the list. H2 only.
 */
class EscalationsBrowserIT extends BrowserJourneys {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void anIroRaisesAnEscalationAndMovesItOn() {
        String due = http.as("iro", Http.APP + "/api/reviews/due").body();
        long child = Json.number(due, "childId");
        String ref = Json.field(due, "childRef");
        Page iro = browser.signIn("iro", 1280, 1000);
        iro.navigate(Http.APP + "/children/" + child);
        iro.locator("#child-escalations").waitFor();

        iro.locator("#escalation-raisedOn input").fill(LocalDate.now().format(UK));
        iro.locator("#escalation-raisedOn input").press("Enter");
        iro.locator("#escalation-stage").click();
        iro.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Informal").setExact(true)).click();
        iro.locator("#raise-escalation").click();
        iro.waitForCondition(() -> iro.locator("#escalation-themes").getAttribute("invalid") != null);
        assertThat((String) iro.locator("#escalation-themes").evaluate("f => f.errorMessage")).contains("at least one theme");
        assertThat(iro.locator("#escalation-stage").innerText()).as("the stage is kept").contains("Informal");

        iro.locator("#escalation-themes input").click();
        iro.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Health issues")).click();
        iro.locator("#escalation-themes input").press("Escape");
        iro.locator("#raise-escalation").click();
        iro.waitForCondition(() -> iro.locator("#escalation-status").innerText().equals("Escalation raised."));
        assertThat(iro.locator("#child-escalations").innerText()).contains("Informal " + LocalDate.now().format(UK), "Health issues", "Open");

        iro.navigate(Http.APP + "/escalations");
        iro.locator("#escalations vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(ref)).first().waitFor();
        assertThat(iro.locator("#escalations").innerText()).contains("Informal since " + LocalDate.now().format(UK));
        BrowserSession.screenshot(iro, "escalations-open");
        iro.locator("#escalations vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(ref)).first().click();
        iro.waitForURL("**/children/" + child);

        iro.locator("#child-escalations vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Health issues")).last().click();
        iro.locator("#escalation-next").click();
        iro.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Stage 1").setExact(true)).click();
        iro.locator("#escalation-on input").fill(LocalDate.now().format(UK));
        iro.locator("#escalation-on input").press("Enter");
        iro.locator("#advance-escalation").click();
        iro.waitForCondition(() -> iro.locator("#escalation-status").innerText().equals("Escalation moved on."));
        assertThat(iro.locator("#child-escalations").innerText()).contains("Stage 1 " + LocalDate.now().format(UK));
        iro.context().close();

        Page fostering = browser.signIn("fostering", 1280, 900);
        fostering.navigate(Http.APP + "/escalations");
        fostering.getByText("You cannot open this page").waitFor();
        fostering.context().close();
    }
}
