package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The performance analyst loads 903 files in a real browser: a file with a faulty row stores nothing and the row is named
 * on the page; choosing to store the valid rows stores them; other teams have no way to the screen. H2 only, like every
 * browser test.
 */
class Ssda903BrowserIT extends BrowserJourneys {


    @Test
    void anAnalystLoadsFilesSeesTheFaultyRowNamedThenStoresTheValidRows() throws IOException {
        byte[] zip = Ssda903ImportIT.zip(Map.of(
                "2018-19/header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nB801,2,01/05/2011,WBRI,,,\r\nB802,1,12/13/2011,WBRI,,,\r\n",
                "2018-19/episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n"
                        + "B801,01/06/2018,S,V2,N1,U1,PR1,01/10/2018,E8,,,,\r\n"));
        Page analyst = browser.signIn("analyst", 1280, 900);
        analyst.navigate(Http.APP + "/ssda903");
        analyst.locator("#ssda903-upload input[type=file]").setInputFiles(new FilePayload("return.zip", "application/zip", zip));
        analyst.waitForCondition(() -> analyst.locator("#ssda903-status").innerText().contains("ready to load"));
        analyst.locator("#ssda903-load").click();
        analyst.waitForCondition(() -> analyst.locator("#ssda903-status").innerText().startsWith("Nothing was stored"));
        assertThat(analyst.locator("#ssda903-problems").innerText()).contains("2018-19/header.csv", "DOB", "12/13/2011");
        assertThat(analyst.locator("#ssda903-report").isVisible()).isTrue();
        BrowserSession.screenshot(analyst, "ssda903-refused");

        analyst.getByText("Store the valid rows and leave out the others").click();
        analyst.locator("#ssda903-load").click();
        analyst.waitForCondition(() -> analyst.locator("#ssda903-status").innerText().startsWith("Loaded"));
        assertThat(analyst.locator("#ssda903-status").innerText()).contains("1 child created", "1 episode created", "1 row with errors was left out");
        BrowserSession.screenshot(analyst, "ssda903-loaded");
        analyst.context().close();

        Page fostering = browser.signIn("fostering", 1280, 900);
        fostering.navigate(Http.APP + "/reports");
        fostering.locator("#editions").waitFor();
        assertThat(fostering.getByText("Load 903 files").count()).as("no way to the screen for other teams").isZero();
        fostering.navigate(Http.APP + "/ssda903");
        fostering.getByText("You cannot open this page").waitFor();
        assertThat(fostering.locator("#ssda903-upload").count()).isZero();
        assertThat(fostering.request().post(Http.APP + "/api/ssda903/import", RequestOptions.create().setHeader("Content-Type",
                "application/zip").setData(zip)).status()).isEqualTo(403);
        fostering.context().close();
    }
}
