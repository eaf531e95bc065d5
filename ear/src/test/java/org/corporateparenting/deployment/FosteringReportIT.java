package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.corporateparenting.report.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The fostering service's annual report on the real application and database: households, recruitment pipeline,
 * de-registrations and allegations counted from the records, printed as counted (or withheld when small), with the
 * same figure in the words; the fostering team writes it and the IRO team may not.
 */
class FosteringReportIT extends DeployedApplication {

    /** Page pictures of the rendered reports, kept as test artefacts. */
    private static final Path ARTEFACTS = Path.of("target", "report-artefacts");
    private static final String REPORT = Http.APP + "/api/reports/annual/fostering/";

    @Test
    void theHouseholdsAndThePipelineArePrintedAsCountedAndQuotedAlike() throws Exception {
        String year = AnnualReports.lastEndedYear();
        String figures = http.as("fostering", REPORT + year + "/figures").body();
        long households = AnnualReports.reference(figures, "fc.households");
        long enquiries = AnnualReports.reference(figures, "fc.enquiries");
        assertThat(households).as("the demo council has foster carers").isGreaterThan(5);
        assertThat(enquiries).as("and enquiries every year").isGreaterThan(5);

        HttpResponse<byte[]> draft = http.bytes("fostering", REPORT + year);
        assertThat(draft.statusCode()).isEqualTo(200);
        PdfText.picture(draft.body(), 0, ARTEFACTS.resolve("fostering-annual-page-1-" + System.getProperty("it.database", "h2") + ".png"));
        String text = PdfText.text(draft.body());
        assertThat(text).contains("Fostering service: annual report", "Enquiries received during the year, by the furthest stage reached");
        assertThat(text).containsPattern("On\\s+31\\s+March\\s+" + Pattern.quote(AnnualReports.count(households))
                + "\\s+households\\s+were\\s+approved");
        assertThat(text).containsPattern(Pattern.quote(AnnualReports.count(enquiries)) + "\\s+enquiries\\s+were\\s+received");
        assertThat(http.as("fostering", REPORT + year + "/check").body()).doesNotContain("differs", "which is not a figure");

        assertThat(http.json("PUT", REPORT + year + "/texts/deregistration", "iro", "{\"body\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(http.json("PUT", REPORT + year + "/texts/deregistration", "fostering", "{\"body\":\"Most left on retiring.\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void childrenWithInHouseMainstreamCarersAreOneFigureInTheFosteringReportTheBoardsReportAndTheMarchDataset() {
        String year = AnnualReports.lastEndedYear();
        String march = AnnualReports.march(year);
        assertThat(http.json("POST", Http.APP + "/api/indicators/months/" + march + "/publish", "analyst", "").statusCode()).isEqualTo(200);
        long inDataset = Math.round(Double.parseDouble(Json.field(Json.row(http.as("analyst", Http.APP + "/api/indicators/months/" + march)
                .body(), "FC_CIC_MAINSTREAM_INHOUSE"), "numerator")));
        long inFostering = AnnualReports.part(http.as("fostering", REPORT + year + "/figures").body(), "placed", "Mainstream");
        long inBoard = AnnualReports.part(http.as("analyst", Http.APP + "/api/reports/annual/board/" + year + "/figures").body(), "fostering",
                "Children in care in mainstream in-house foster placements");
        assertThat(inDataset).as("the demo places children with its own carers").isGreaterThan(5);
        assertThat(inFostering).as("the fostering report counts them by the board's rule").isEqualTo(inDataset);
        assertThat(inBoard).as("and so does the board's report").isEqualTo(inDataset);

        assertThat(http.as("fostering", REPORT + year + "/check").body()).as("the check across the year's reports")
                .doesNotContain("differs", "which is not a figure");
        for (String field : new String[] {"portfolioHolder", "author"}) {
            assertThat(http.json("PUT", REPORT + year + "/texts/" + field, "fostering", "{\"body\":\"Filled in\"}").statusCode()).isEqualTo(200);
        }
        AnnualReports.writeStatutorySections(http, REPORT + year, "fostering", "Written by the fostering service manager.");
        HttpResponse<String> published = http.json("POST", REPORT + year + "/publish", "fostering", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains("\"kind\":\"FOSTERING_ANNUAL\"");
    }

    @Test
    void thePanelChairsReportCountsTheYearsCasesAlikeInEveryTableAndInItsWords() throws Exception {
        String year = AnnualReports.lastEndedYear();
        String panel = Http.APP + "/api/reports/annual/fostering-panel/";
        long cases = AnnualReports.reference(http.as("fostering", panel + year + "/figures").body(), "panel.cases");
        assertThat(http.as("fostering", panel + year + "/check").body()).doesNotContain("differs", "which is not a figure");

        HttpResponse<byte[]> draft = http.bytes("fostering", panel + year);
        assertThat(draft.statusCode()).isEqualTo(200);
        PdfText.picture(draft.body(), 0, ARTEFACTS.resolve("fostering-panel-annual-page-1-" + System.getProperty("it.database", "h2") + ".png"));
        String text = PdfText.text(draft.body());
        assertThat(text).contains("Fostering panel: chair's annual report", "Cases heard during the year, by type", "The panel's recommendations");
        String written = cases == 0 || cases > 5 ? AnnualReports.count(cases) : "fewer than 6";
        assertThat(text).containsPattern("The\\s+panel\\s+heard\\s+" + Pattern.quote(written).replace(" ", "\\E\\s+\\Q") + "\\s+cases");

        for (String field : new String[] {"portfolioHolder", "author"}) {
            assertThat(http.json("PUT", panel + year + "/texts/" + field, "fostering", "{\"body\":\"Filled in\"}").statusCode()).isEqualTo(200);
        }
        assertThat(AnnualReports.writeStatutorySections(http, panel + year, "fostering", "Written by the panel chair."))
                .as("the statutory sections without starting words").contains("training", "themes");
        HttpResponse<String> published = http.json("POST", panel + year + "/publish", "fostering", "");
        assertThat(published.statusCode()).as("the fostering team publishes its own report: " + published.body()).isEqualTo(200);
        assertThat(published.body()).contains("\"kind\":\"FOSTERING_PANEL_ANNUAL\"");
    }


}
