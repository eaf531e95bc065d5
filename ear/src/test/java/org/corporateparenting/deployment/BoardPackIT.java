package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corporateparenting.report.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The monthly board pack on the real application and database (H2 and PostgreSQL), read back from the PDF as a
 * councillor reads it: the same figures as the board's dataset, small numbers withheld whoever asks, tagged and
 * bookmarked with embedded fonts; published editions kept and downloaded unchanged; publishing refused to
 * councillors; bad input named.
 */
class BoardPackIT extends DeployedApplication {

    /** Page pictures of the rendered reports, kept as test artefacts. */
    private static final Path ARTEFACTS = Path.of("target", "report-artefacts");

    private static final String REPORTS = Http.APP + "/api/reports";
    private static final String LAST = YearMonth.now().minusMonths(1).toString();

    @Test
    void theDraftPackPrintsTheBoardsFiguresWithSmallNumbersWithheldForEveryone() throws Exception {
        HttpResponse<byte[]> pack = http.bytes("councillor", REPORTS + "/board-pack/" + LAST);
        assertThat(pack.statusCode()).isEqualTo(200);
        assertThat(pack.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = PdfText.text(pack.body());
        PdfText.picture(pack.body(), 0, ARTEFACTS.resolve("board-pack-page-1-" + System.getProperty("it.database", "h2") + ".png"));
        PdfText.picture(pack.body(), PdfText.pages(pack.body()) - 1, ARTEFACTS.resolve("board-pack-last-page-"
                + System.getProperty("it.database", "h2") + ".png"));

        String month = http.as("councillor", Http.APP + "/api/indicators/months/" + LAST).body();
        assertThat(text).contains("Corporate Parenting Board performance pack", title(LAST), "Kestrel Vale Council (fictional)");
        for (String code : new String[] {"CIC_COUNT", "CL_COUNT"}) {
            String row = Json.row(month, code);
            assertThat(text).as(code).containsPattern(Pattern.quote(Json.field(row, "title")) + "\\s+" + Pattern.quote(count(Json.rowValue(month, code))));
        }
        assertThat(month).as("the demo month has a withheld figure").contains("\"suppressed\":true");
        assertThat(text).as("the area page says what a withheld figure means").contains("“withheld”: 5 or fewer children");

        assertThat(PdfText.bookmarks(pack.body())).contains("Summary", "Profile", "Appendix");
        assertThat(PdfText.unembeddedFonts(pack.body())).isEmpty();
        assertThat(PdfText.taggedLanguage(pack.body())).isEqualTo("en-GB");

        String asAnalyst = PdfText.text(http.bytes("analyst", REPORTS + "/board-pack/" + LAST).body());
        assertThat(asAnalyst).as("a pack withholds small numbers whoever renders it").isEqualTo(text);
    }

    @Test
    void theWordCopyCarriesTheSameFigures() throws Exception {
        HttpResponse<byte[]> docx = http.bytes("councillor", REPORTS + "/board-pack/" + LAST + "?format=docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        String month = http.as("councillor", Http.APP + "/api/indicators/months/" + LAST).body();
        assertThat(PdfText.docxText(docx.body())).contains("Corporate Parenting Board performance pack",
                Json.field(Json.row(month, "CIC_COUNT"), "title"), count(Json.rowValue(month, "CIC_COUNT")));
    }

    @Test
    void aPublishedEditionIsKeptAndDownloadedUnchangedAndKeptForReadingOffline() throws Exception {
        assertThat(http.json("POST", REPORTS + "/board-pack/" + LAST + "/publish", "councillor", "").statusCode()).isEqualTo(403);
        assertThat(http.as("analyst", REPORTS + "/board-pack/" + LAST + "/check").body()).isEqualTo("[]");

        HttpResponse<String> first = http.json("POST", REPORTS + "/board-pack/" + LAST + "/publish", "analyst", "");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"format\":\"PDF\"", "\"format\":\"DOCX\"", "\"publishedBy\":\"analyst\"");
        int edition = (int) Json.number(first.body(), "edition");
        assertThat(Json.field(first.body(), "format")).as("the PDF is listed first").isEqualTo("PDF");
        long pdfId = Json.number(first.body(), "id");

        byte[] once = http.bytes("councillor", REPORTS + "/editions/" + pdfId + "/file").body();
        byte[] again = http.bytes("councillor", REPORTS + "/editions/" + pdfId + "/file").body();
        assertThat(again).isEqualTo(once);
        String listed = http.as("councillor", REPORTS + "/editions").body();
        assertThat(listed).contains("\"sha256\":\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(once)) + "\"");

        HttpResponse<String> second = http.json("POST", REPORTS + "/board-pack/" + LAST + "/publish", "analyst", "");
        assertThat(Json.number(second.body(), "edition")).isEqualTo(edition + 1);
        assertThat(http.bytes("councillor", REPORTS + "/editions/" + pdfId + "/file").body()).as("the first edition is untouched")
                .isEqualTo(once);

        HttpResponse<byte[]> offline = http.bytes("councillor", Http.APP + "/offline/pack.pdf");
        assertThat(offline.statusCode()).isEqualTo(200);
        assertThat(offline.headers().firstValue("X-Board-Copy")).hasValue("1");
        assertThat(PdfText.text(offline.body())).contains(title(LAST));
    }

    @Test
    void badInputIsNamed() {
        HttpResponse<String> format = http.as("councillor", REPORTS + "/board-pack/" + LAST + "?format=xls");
        assertThat(format.statusCode()).isEqualTo(422);
        assertThat(format.body()).contains("\"field\":\"format\"");
        HttpResponse<String> month = http.as("councillor", REPORTS + "/board-pack/last-month");
        assertThat(month.statusCode()).isEqualTo(422);
        assertThat(month.body()).contains("\"field\":\"month\"");
        assertThat(http.as("councillor", REPORTS + "/board-pack/1999-01").statusCode()).isEqualTo(404);
        assertThat(http.as("councillor", REPORTS + "/editions/987654321/file").statusCode()).isEqualTo(404);
    }

    private static String count(String value) {
        return String.format(Locale.UK, "%,d", new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).longValue());
    }

    private static String title(String month) {
        return YearMonth.parse(month).getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                + YearMonth.parse(month).getYear();
    }
}
