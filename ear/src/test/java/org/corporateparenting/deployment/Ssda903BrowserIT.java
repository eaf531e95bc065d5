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
 * on the page; choosing to store the valid rows stores them; one XML return on its own is loaded for the collection year
 * the analyst picks; other teams have no way to the screen. H2 only, like every browser test.
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

    @Test
    void anAnalystUploadsOneXmlReturnPicksItsYearAndSeesTheLoadReport() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>B811</CHILDID><SEX>2</SEX>"
                + "<DOB>01/05/2012</DOB><ETHNIC>WBRI</ETHNIC></HEADER>\n"
                + "<EPISODE><DECOM>01/06/2022</DECOM><RNE>S</RNE><LS>V2</LS><CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER>"
                + "<DEC>01/10/2022</DEC><REC>E8</REC></EPISODE>\n</CHILD>\n</EXPSSDA903>\n";
        Page analyst = browser.signIn("analyst", 1280, 900);
        analyst.navigate(Http.APP + "/ssda903");
        assertThat(analyst.locator("#ssda903-load-year").isVisible()).as("no year to choose before a lone XML is chosen").isFalse();
        analyst.locator("#ssda903-upload input[type=file]").setInputFiles(new FilePayload("return.xml", "application/xml",
                xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        analyst.waitForCondition(() -> analyst.locator("#ssda903-status").innerText().contains("choose its collection year"));
        String latestEnded = AnnualReports.lastEndedYear();
        assertThat(analyst.locator("#ssda903-load-year").innerText()).as("the latest ended year at first").contains(latestEnded);
        analyst.locator("#ssda903-load-year").click();
        analyst.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("2022-23")).click();
        analyst.locator("#ssda903-load").click();
        analyst.waitForCondition(() -> analyst.locator("#ssda903-status").innerText().startsWith("Loaded"));
        assertThat(analyst.locator("#ssda903-status").innerText()).contains("1 child created", "1 episode created");
        assertThat(analyst.locator("#ssda903-report").isVisible()).as("the load report to download").isTrue();
        BrowserSession.screenshot(analyst, "ssda903-xml-loaded");
        String loads = analyst.request().get(Http.APP + "/api/ssda903/loads").text();
        assertThat(loads).as("stored as 2022-23's return").contains("2022-23/upload.xml");
        analyst.context().close();
    }
}
