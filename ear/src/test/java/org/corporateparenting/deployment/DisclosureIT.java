package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.report.PdfText;
import org.junit.jupiter.api.Test;

/**
 * Disclosure control read back from what leaves the system (issue 19): the councillors' API carries no numerator,
 * denominator, status or direction of a withheld figure and no percentage that would give a small count back, and
 * every annual report's PDF and Word edition prints "&lt;6" only for counts under 6, with the key beside any "c".
 */
class DisclosureIT extends DeployedApplication {

    private static final String LAST = YearMonth.now().minusMonths(1).toString();
    private static final Pattern ROW = Pattern.compile("\\{\"area\":\"[^\"]*\",\"basis\".*?\"unit\":\"([A-Z_0-9]+)\"(,\"value\":[^,}]*)?(?:,\"yearEnds\":\\[[^\\]]*\\])?\\}");
    private static final Pattern LINE = Pattern.compile("\\{\"label\":\"([^\"]+)\"(?:,\"lastOf\":\\d+)?,\"lastYear\":(\\d+)"
            + "(?:,\"thisOf\":\\d+)?,\"thisYear\":(\\d+)");

    @Test
    void theCouncillorsApiCarriesNothingOfAWithheldFigure() {
        String month = http.as("councillor", Http.APP + "/api/indicators/months/" + LAST).body();
        Matcher rows = ROW.matcher(month);
        int withheld = 0;
        int percentages = 0;
        while (rows.find()) {
            String row = rows.group();
            String code = Json.field(row, "code");
            if (row.contains("\"suppressed\":true")) {
                withheld++;
                assertThat(rows.group(2)).as(code + " value").isNull();
                assertThat(row).as(code).doesNotContain("\"numerator\":", "\"denominator\":")
                        .contains("\"status\":\"Not judged (withheld)\"").doesNotContain("On target", "Off target", "Better", "Worse");
            } else if (rows.group(1).equals("PERCENT") && row.contains("\"denominator\":")) {
                long numerator = Math.round(Double.parseDouble(Json.field(row, "numerator")));
                long denominator = Json.number(row, "denominator");
                percentages++;
                assertThat(small(numerator) || small(denominator - numerator)).as(code + ": " + numerator + " of " + denominator
                        + " gives a small count back").isFalse();
            }
        }
        assertThat(withheld).as("the demo month withholds something").isPositive();
        assertThat(percentages).as("and shows percentages").isPositive();
    }

    @Test
    void everyAnnualReportPrintsLessThanSixOnlyForCountsUnderSixInPdfAndWord() throws Exception {
        String year = AnnualReports.lastEndedYear();
        String[][] reports = {{"fostering", "fostering"}, {"care-leavers", "leaving-care"}, {"iro", "iro"}, {"adoption", "adoption"},
            {"adoption-agency", "adoption"}, {"board", "analyst"}};
        for (String[] r : reports) {
            String base = Http.APP + "/api/reports/annual/" + r[0] + "/" + year;
            String figures = http.as(r[1], base + "/figures").body();
            HttpResponse<byte[]> pdf = http.bytes(r[1], base);
            assertThat(pdf.statusCode()).as(r[0]).isEqualTo(200);
            HttpResponse<byte[]> docx = http.bytes(r[1], base + "?format=docx");
            assertThat(docx.statusCode()).as(r[0] + " Word").isEqualTo(200);
            // the Word file served is the editable one: real tables whose header rows repeat, no row of a fixed height
            assertThat(PdfText.docxXml(docx.body())).as(r[0] + " Word").contains("<w:tblHeader", "<w:pStyle w:val=\"Heading1\"/>")
                    .doesNotContain("trHeight");
            for (String text : new String[] {PdfText.text(pdf.body()), PdfText.docxText(docx.body())}) {
                Matcher lines = LINE.matcher(figures);
                while (lines.find()) {
                    long last = Long.parseLong(lines.group(2));
                    if (Long.parseLong(lines.group(3)) > 5 && (last == 0 || last > 5)) {
                        // the table's own line: the label, this year's count (and share), then last year's as printed
                        assertThat(text).as(r[0] + ": " + lines.group(1) + " is " + lines.group(3))
                                .doesNotContainPattern(Pattern.quote(lines.group(1)) + "\\s+<6\\s+(?:c\\s+|–\\s+)?(?:"
                                        + Pattern.quote(AnnualReports.count(last)) + ")(?:\\s|$)");
                    }
                }
                assertThat(text).as(r[0] + ": no IRO count in the plural of one").doesNotContainPattern("\\b1\\s+IROs\\b");
                if (Pattern.compile("\\sc\\s").matcher(text).find() && text.contains("<6")) {
                    assertThat(text).as(r[0] + ": the key explains both marks").contains("withheld so that another figure cannot be worked out");
                }
            }
            assertThat(http.as(r[1], base + "/check").body()).as(r[0]).doesNotContain("would give it back");
        }
    }

    @Test
    void aFigureTwoReportsPrintIsPrintedAlikeInBothAndTheirTablesTogetherGiveNothingBack() throws Exception {
        String year = AnnualReports.lastEndedYear();
        String fostering = PdfText.text(http.bytes("fostering", Http.APP + "/api/reports/annual/fostering/" + year).body());
        String board = PdfText.text(http.bytes("analyst", Http.APP + "/api/reports/annual/board/" + year).body());
        String[][] same = {{"Connected person", "Connected person foster households"}, {"Mainstream", "Mainstream foster households"}};
        for (String[] pair : same) {
            String inFostering = printed(fostering, "Fostering households approved on 31 March", pair[0]);
            String inBoard = printed(board, pair[1], pair[1]);
            assertThat(inFostering).as(pair[0] + " households: the fostering report beside the board's annual report").isEqualTo(inBoard);
        }
        assertThat(http.as("fostering", Http.APP + "/api/reports/annual/fostering/" + year + "/check").body())
                .as("the period's reports together").doesNotContain("would give it back");
    }

    /** What a PDF prints on a table's line after {@code from}: the first word after the line's label. */
    private static String printed(String text, String from, String label) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s+(\\S+)").matcher(text);
        assertThat(m.find(start)).as(label + " after " + from).isTrue();
        return m.group(1);
    }

    private static boolean small(long n) {
        return n >= 1 && n <= 5;
    }
}
