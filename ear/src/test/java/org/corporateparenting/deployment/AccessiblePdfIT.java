package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.report.PdfText;
import org.corporateparenting.report.PdfUa;
import org.junit.jupiter.api.Test;

/**
 * Every annual report of the last ended year and last month's board pack, as the application renders them for the demo
 * council, pass PDF/UA-1 as veraPDF checks it (ISO 14289-1's machine checks): none breaks a rule, and each keeps its
 * language, title and embedded fonts. The failures, if any, are listed per file with the rule's clause and test number.
 */
class AccessiblePdfIT extends DeployedApplication {

    private static final List<String> ANNUAL_REPORTS = List.of("iro", "fostering", "fostering-panel", "adoption", "adoption-agency",
            "care-leavers", "board");

    @Test
    void everyAnnualReportAndTheBoardPackPassPdfUa1() throws Exception {
        String year = AnnualReports.lastEndedYear();
        Map<String, String> files = new LinkedHashMap<>();
        for (String report : ANNUAL_REPORTS) {
            files.put(report + " " + year, Http.APP + "/api/reports/annual/" + report + "/" + year);
        }
        String month = YearMonth.now().minusMonths(1).toString();
        files.put("board pack " + month, Http.APP + "/api/reports/board-pack/" + month);

        Map<String, List<PdfUa.Failure>> failures = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            HttpResponse<byte[]> pdf = http.bytes("analyst", file.getValue());
            assertThat(pdf.statusCode()).as(file.getKey()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).as(file.getKey()).hasValue("application/pdf");
            assertThat(PdfText.taggedLanguage(pdf.body())).as(file.getKey()).isEqualTo("en-GB");
            assertThat(PdfText.unembeddedFonts(pdf.body())).as(file.getKey()).isEmpty();
            List<PdfUa.Failure> broken = PdfUa.failures(pdf.body());
            if (!broken.isEmpty()) {
                failures.put(file.getKey(), broken);
            }
        }
        assertThat(failures).as("PDF/UA-1 rules broken, by file").isEmpty();
    }
}
