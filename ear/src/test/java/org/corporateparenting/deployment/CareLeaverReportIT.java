package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.nio.file.Path;
import org.corporateparenting.report.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The leaving care service's annual report on the real application and database: its tables are the board's own
 * care-leaver indicators for 31 March, so they agree with the published dataset; the leaving care team writes and
 * publishes it, the IRO team may not.
 */
class CareLeaverReportIT extends DeployedApplication {

    /** Page pictures of the rendered reports, kept as test artefacts. */
    private static final Path ARTEFACTS = Path.of("target", "report-artefacts");

    private static final String REPORT = Http.APP + "/api/reports/annual/care-leavers/";
    private static final String YEAR = AnnualReports.lastEndedYear();
    private static final String MARCH = AnnualReports.march(YEAR);

    @Test
    void theTablesAreTheBoardsOwnMarchFiguresAndAgreeWithThePublishedMonth() throws Exception {
        assertThat(http.json("POST", Http.APP + "/api/indicators/months/" + MARCH + "/publish", "analyst", "").statusCode()).isEqualTo(200);
        String month = http.as("analyst", Http.APP + "/api/indicators/months/" + MARCH).body();
        long careLeavers = Math.round(Double.parseDouble(Json.field(Json.row(month, "CL_COUNT"), "numerator")));

        String figures = http.as("leaving-care", REPORT + YEAR + "/figures").body();
        assertThat(AnnualReports.reference(figures, "cl.count")).isEqualTo(careLeavers);
        String problems = http.as("leaving-care", REPORT + YEAR + "/check").body();
        assertThat(problems).doesNotContain("differs").contains("Portfolio holder is empty");

        HttpResponse<byte[]> draft = http.bytes("leaving-care", REPORT + YEAR);
        assertThat(draft.statusCode()).isEqualTo(200);
        String text = PdfText.text(draft.body());
        PdfText.picture(draft.body(), 0, ARTEFACTS.resolve("care-leavers-annual-page-1-"
                + System.getProperty("it.database", "h2") + ".png"));
        PdfText.picture(draft.body(), PdfText.pages(draft.body()) - 1, ARTEFACTS.resolve("care-leavers-annual-last-page-"
                + System.getProperty("it.database", "h2") + ".png"));
        assertThat(text).contains("Leaving care service: annual report", "Care leavers aged 16 to 25 on 31 March", "10. Financial implications");
        assertThat(text).containsPattern("On\\s+31\\s+March\\s+" + Pattern.quote(AnnualReports.count(careLeavers))
                + "\\s+young\\s+people");
    }

    @Test
    void theLeavingCareTeamWritesItAndOtherTeamsMayNot() {
        assertThat(http.json("PUT", REPORT + YEAR + "/texts/workforce", "iro", "{\"body\":\"x\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> saved = http.json("PUT", REPORT + YEAR + "/texts/workforce", "leaving-care",
                "{\"body\":\"Eleven personal advisers supported {cl.receivingService} young people.\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"unknownReferences\":[]");
        assertThat(http.as("leaving-care", Http.APP + "/api/reports/annual/nonsense/" + YEAR + "/figures").statusCode()).isEqualTo(404);
    }


}
