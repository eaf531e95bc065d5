package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A practitioner's journey through a child's record in a real browser: the fostering team finds the child by name, reads
 * the chronology, saves details the rules refuse (the message on the field, the typing kept), then meet someone else's save made
 * meanwhile and keep their own. H2 only, like every browser test.
 */
class ChildrenBrowserIT extends BrowserJourneys {


    @Test
    void aPractitionerFindsAChildReadsTheChronologyAndMergesAConcurrentEdit() {
        long id = Json.number(http.json("POST", Http.APP + "/api/children", "fostering", """
                {"childRef":"W777","forename":"Wren","surname":"Quillfeather","sex":"2","dateOfBirth":"2015-04-04","ethnicity":"WBRI"}""")
                .body(), "id");
        http.json("POST", Http.APP + "/api/children/" + id + "/episodes", "fostering",
                "{\"startDate\":\"2024-06-01\",\"reasonNew\":\"S\",\"legalStatus\":\"V2\",\"categoryOfNeed\":\"N1\",\"placementType\":\"U4\"}");

        Page team = browser.signIn("fostering", 1280, 900);
        team.navigate(Http.APP + "/children");
        team.locator("#child-search input").fill("quillf");
        team.locator("#children vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Quillfeather, Wren")).click();
        team.waitForURL("**/children/" + id);
        team.locator("#chronology vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Episode started")).first().waitFor();
        assertThat(team.locator("#chronology").innerText()).contains("01/06/2024", "U4");
        BrowserSession.screenshot(team, "child-chronology");

        // Bad input: a date of birth in the future is refused on its field, and the typing stays.
        team.locator("#child-surname input").fill("Quillfeather-Moss");
        team.locator("#child-dateOfBirth input").fill("01/01/2099");
        team.locator("#child-dateOfBirth input").press("Enter");
        team.locator("#save-child").click();
        team.waitForCondition(() -> team.locator("#child-dateOfBirth").getAttribute("invalid") != null);
        assertThat((String) team.locator("#child-dateOfBirth").evaluate("f => f.errorMessage")).isNotBlank();
        assertThat(team.locator("#child-surname input").inputValue()).isEqualTo("Quillfeather-Moss");
        BrowserSession.screenshot(team, "child-refused");

        // Someone else saves meanwhile: the page keeps the typing, shows the difference, and the user keeps theirs.
        String current = http.as("iro", Http.APP + "/api/children/" + id).body();
        assertThat(http.json("PUT", Http.APP + "/api/children/" + id + "?version=" + Json.number(current, "version"), "adoption", """
                {"childRef":"W777","forename":"Wren","surname":"Quillfeather","sex":"2","dateOfBirth":"2015-04-04","ethnicity":"WBRI",
                 "homePostcode":"ZZ9 9ZZ"}""").statusCode()).isEqualTo(200);
        team.locator("#child-dateOfBirth input").fill("04/04/2015");
        team.locator("#child-dateOfBirth input").press("Enter");
        team.locator("#save-child").click();
        team.locator("#keep-mine").waitFor();
        assertThat(team.locator("#child-conflict").innerText()).contains("adoption", "Home postcode: ZZ9 9ZZ → (blank)");
        assertThat(team.locator("#child-surname input").inputValue()).isEqualTo("Quillfeather-Moss");
        BrowserSession.screenshot(team, "child-conflict");
        team.locator("#keep-mine").click();
        team.waitForCondition(() -> team.locator("#child-status").innerText().equals("Saved."));
        assertThat(http.as("iro", Http.APP + "/api/children/" + id).body()).contains("\"surname\":\"Quillfeather-Moss\"");
        team.context().close();

        Page councillor = browser.signIn("councillor", 820, 1180);
        councillor.navigate(Http.APP + "/children/" + id);
        councillor.getByText("You cannot open this page").waitFor();
        assertThat(councillor.locator("#chronology").count()).isZero();
        councillor.context().close();

        // Screens are in the trail as the API's reads are: the list and the child's page opened, the refusal.
        assertThat(http.as("auditor", Http.APP + "/api/audit?user=fostering").body())
                .contains("SCREEN /children from ", "SCREEN /children?q=quillf from ", "SCREEN /children/" + id + " from ",
                        "\"childId\":" + id);
        assertThat(http.as("auditor", Http.APP + "/api/audit?user=councillor").body())
                .contains("403 SCREEN /children/" + id + " from ").as("the board's aggregates are not reads")
                .doesNotContain("\"changes\":\"SCREEN /board");
    }

    @Test
    void anIroRecordsAReviewOnTheChildsPageAndIsToldWhenTheCodeDoesNotFitTheChildsAge() {
        long id = Json.number(http.json("POST", Http.APP + "/api/children", "fostering", """
                {"childRef":"W778","forename":"Ash","surname":"Marchbank","sex":"1","dateOfBirth":"2014-02-02","ethnicity":"WBRI"}""")
                .body(), "id");
        http.json("POST", Http.APP + "/api/children/" + id + "/episodes", "fostering",
                "{\"startDate\":\"2025-01-10\",\"reasonNew\":\"S\",\"legalStatus\":\"C2\",\"categoryOfNeed\":\"N1\",\"placementType\":\"U4\"}");
        DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String today = LocalDate.now().format(uk);

        Page iro = browser.signIn("iro", 1280, 900);
        iro.navigate(Http.APP + "/children/" + id);
        iro.locator("#review-due").waitFor();
        assertThat(iro.locator("#review-due").innerText()).contains("next review due");
        iro.locator("#child-review-heldOn input").fill(today);
        iro.locator("#child-review-heldOn input").press("Enter");
        iro.locator("#child-review-participation").click();
        iro.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("PN0")).click();
        iro.locator("#child-record-review").click();
        iro.waitForCondition(() -> iro.locator("#child-review-participation").getAttribute("invalid") != null);
        assertThat((String) iro.locator("#child-review-participation").evaluate("f => f.errorMessage")).contains("PN0 is only for children under 4");
        assertThat(iro.locator("#child-review-heldOn input").inputValue()).as("the date typed stays").isEqualTo(today);
        BrowserSession.screenshot(iro, "child-review-refused");

        iro.locator("#child-review-participation").click();
        iro.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("PN1")).click();
        iro.locator("#child-record-review").click();
        iro.waitForCondition(() -> iro.locator("#child-review-status").innerText().equals("Review recorded."));
        assertThat(iro.locator("#child-reviews").innerText()).contains(today, "PN1", "iro");
        iro.context().close();

        Page fostering = browser.signIn("fostering", 1280, 900);
        fostering.navigate(Http.APP + "/children/" + id);
        fostering.locator("#child-reviews").waitFor();
        assertThat(fostering.locator("#child-record-review").count()).as("IROs record reviews; other teams read them").isZero();
        fostering.context().close();
    }

    @Test
    void anIroOpensOnTheirOwnReviewsDueAndGoesFromThereToAChild() {
        Page iro = browser.signIn("iro", 1280, 900);
        iro.navigate(Http.APP + "/reviews");
        iro.locator("#reviews-due vaadin-grid-cell-content").first().waitFor();
        assertThat(iro.locator("#iro").innerText()).as("an IRO starts on their own caseload").contains("iro");
        String all = iro.locator("#reviews-count").innerText();
        iro.locator("#overdue-only input").check();
        iro.waitForCondition(() -> !iro.locator("#reviews-count").innerText().equals(all) || all.matches("(\\d+) children, \\1 overdue"));
        assertThat(iro.locator("#reviews-count").innerText()).matches("(\\d+) children, \\1 overdue");
        BrowserSession.screenshot(iro, "reviews-due");
        iro.locator("#overdue-only input").uncheck();
        iro.waitForCondition(() -> iro.locator("#reviews-count").innerText().equals(all));
        iro.locator("#reviews-due vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(Pattern.compile("^[A-Z]\\d+$")))
                .first().click();
        iro.waitForURL("**/children/*");
        iro.locator("#review-due").waitFor();
        assertThat(iro.locator("#review-due").innerText()).contains("next review due");
        iro.context().close();
    }
}
