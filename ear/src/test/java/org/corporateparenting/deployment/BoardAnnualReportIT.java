package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.corporateparenting.report.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The Corporate Parenting Board's own annual report on the real application and database: its tables are the
 * dataset's year-end indicators for 31 March, agreeing with the published month; performance analysts write it.
 */
class BoardAnnualReportIT extends DeployedApplication {

    /** Page pictures of the rendered reports, kept as test artefacts. */
    private static final Path ARTEFACTS = Path.of("target", "report-artefacts");
    private static final String REPORT = Http.APP + "/api/reports/annual/board/";

    @Test
    void theYearEndTablesAgreeWithThePublishedMarchAndOnlyAnalystsWriteIt() throws Exception {
        String year = AnnualReports.lastEndedYear();
        String march = AnnualReports.march(year);
        assertThat(http.json("POST", Http.APP + "/api/indicators/months/" + march + "/publish", "analyst", "").statusCode()).isEqualTo(200);
        long inCare = Math.round(Double.parseDouble(Json.field(Json.row(http.as("analyst", Http.APP + "/api/indicators/months/" + march).body(),
                "CIC_COUNT"), "numerator")));

        assertThat(AnnualReports.reference(http.as("analyst", REPORT + year + "/figures").body(), "kpi.CIC_COUNT")).isEqualTo(inCare);
        assertThat(http.as("analyst", REPORT + year + "/check").body()).doesNotContain("differs", "which is not a figure");

        HttpResponse<byte[]> draft = http.bytes("analyst", REPORT + year);
        assertThat(draft.statusCode()).isEqualTo(200);
        PdfText.picture(draft.body(), 0, ARTEFACTS.resolve("board-annual-page-1-" + System.getProperty("it.database", "h2") + ".png"));
        String text = PdfText.text(draft.body());
        assertThat(text).contains("Corporate Parenting Board: annual report", "Profile on 31 March", "Care leavers on 31 March");
        String written = Pattern.quote(AnnualReports.count(inCare));
        assertThat(text).containsPattern("Number of children in care\\s+" + written);
        assertThat(text).as("the words quote the same figure").containsPattern("looked\\s+after\\s+" + written + "\\s+children");
        assertThat(PdfText.bookmarks(draft.body())).contains("7. Transitions", "10. Financial implications");

        assertThat(http.json("PUT", REPORT + year + "/texts/voice", "iro", "{\"body\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(http.json("PUT", REPORT + year + "/texts/voice", "analyst", "{\"body\":\"Young people chaired two board meetings.\"}")
                .statusCode()).isEqualTo(200);
    }
}
