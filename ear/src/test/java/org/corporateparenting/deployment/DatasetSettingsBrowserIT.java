package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The board's dataset set up in a real browser. An analyst chooses an indicator, gives a target that is not a number
 * (refused on the field, the typing kept) and then a good one; enters a benchmark; loads a CSV file of benchmarks with a
 * bad row (named by row and column, nothing stored); saves a population estimate; re-runs last month. A manager adds
 * commentary under an area of the board; councillors get neither the form nor the settings screen. The years used
 * (2031, 1999-00) are ones no other test reads. H2 only.
 */
class DatasetSettingsBrowserIT extends BrowserJourneys {

    private static final String CODE = "PLC_STAB_3PLUS";

    @Test
    void anAnalystSetsTargetsBenchmarksAndPopulationAndPublishesAMonth() {
        Page analyst = browser.signIn("analyst", 1280, 1100);
        analyst.navigate(Http.APP + "/dataset");
        analyst.locator("#dataset-indicator input").fill(CODE);
        analyst.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(CODE + ":")).first().click();

        analyst.locator("#target-year input").fill("2031");
        analyst.locator("#target-value input").fill("ten");
        analyst.locator("#target-save").click();
        analyst.waitForCondition(() -> analyst.locator("#target-value").getAttribute("invalid") != null);
        assertThat((String) analyst.locator("#target-value").evaluate("f => f.errorMessage")).isEqualTo("'ten' is not a number.");
        assertThat(analyst.locator("#target-value input").inputValue()).as("the typing is kept").isEqualTo("ten");
        analyst.locator("#target-value input").fill("9.5");
        analyst.locator("#target-save").click();
        analyst.waitForCondition(() -> analyst.locator("#dataset-indicator-status").innerText().equals("Target saved for " + CODE + "."));
        assertThat(analyst.locator("#dataset-targets").innerText()).contains("2031-32", "9.5", "analyst");

        analyst.locator("#benchmark-kind").click();
        analyst.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("England average").setExact(true)).click();
        analyst.locator("#benchmark-vintage input").fill("1999-00");
        analyst.locator("#benchmark-value input").fill("11.25");
        analyst.locator("#benchmark-save").click();
        analyst.waitForCondition(() -> analyst.locator("#benchmark-source").getAttribute("invalid") != null);
        analyst.locator("#benchmark-source input").fill("Synthetic test figures");
        analyst.locator("#benchmark-save").click();
        analyst.waitForCondition(() -> analyst.locator("#dataset-indicator-status").innerText().equals("Benchmark saved for " + CODE + "."));
        assertThat(analyst.locator("#dataset-benchmarks").innerText()).contains("1999-00", "England average", "11.25", "Synthetic test figures");

        String csv = "code,kind,vintage,value,source\n" + CODE + ",BEST_NEIGHBOUR,1999-00,8,Synthetic\n" + CODE + ",PLANET,1999-00,8,Synthetic\n";
        analyst.locator("#benchmark-csv input[type=file]").setInputFiles(new FilePayload("benchmarks.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        analyst.waitForCondition(() -> analyst.locator("#dataset-indicator-status").innerText().startsWith("Not recorded"));
        assertThat(analyst.locator("#dataset-indicator-status").innerText()).contains("Row 3, kind: 'PLANET' is not one of");
        assertThat(analyst.locator("#dataset-benchmarks").innerText()).as("nothing stored from the file").doesNotContain("Best statistical neighbour");

        analyst.locator("#population-year input").fill("2031");
        analyst.locator("#population-under18 input").fill("52000");
        analyst.locator("#population-save").click();
        analyst.waitForCondition(() -> analyst.locator("#dataset-population-status").innerText().startsWith("Estimate saved for mid-2031"));
        assertThat(analyst.locator("#dataset-populations").innerText()).contains("2031", "52,000");

        analyst.locator("#dataset-publish").click();
        String month = YearMonth.now().minusMonths(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        analyst.waitForCondition(() -> analyst.locator("#dataset-publish-status").innerText().startsWith(month));
        BrowserSession.screenshot(analyst, "dataset-settings");
        analyst.context().close();
    }

    @Test
    void aManagerAddsCommentaryUnderAnAreaAndCouncillorsReadIt() {
        String last = YearMonth.now().minusMonths(1).toString();
        Page manager = browser.signIn("fostering", 1280, 1000);
        manager.navigate(Http.APP + "/board/" + last + "/area/fostering");
        manager.locator("#commentary-save").click();
        manager.waitForCondition(() -> manager.locator("#commentary-body").getAttribute("invalid") != null);
        manager.locator("#commentary-body textarea").fill("Three new households approved; two more at panel next month.");
        manager.locator("#commentary-save").click();
        manager.waitForCondition(() -> manager.locator("#commentary-status").innerText().equals("Commentary added."));
        assertThat(manager.locator("vaadin-vertical-layout.cp-board").innerText()).contains("Three new households approved");
        assertThat(manager.locator("#commentary-body textarea").inputValue()).isEmpty();
        manager.context().close();

        Page councillor = browser.signIn("councillor", 1024, 768);
        councillor.navigate(Http.APP + "/board/" + last + "/area/fostering");
        councillor.getByText("Three new households approved").first().waitFor();
        assertThat(councillor.locator("#commentary-body").count()).as("councillors read, never write").isZero();
        councillor.navigate(Http.APP + "/dataset");
        councillor.getByText("You cannot open this page").waitFor();
        councillor.context().close();
    }
}
