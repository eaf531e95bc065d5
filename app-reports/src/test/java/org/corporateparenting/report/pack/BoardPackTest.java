package org.corporateparenting.report.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.PdfText;
import org.corporateparenting.report.PdfUa;
import org.corporateparenting.report.Styled;
import org.corporateparenting.report.chart.Sparkline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pack rendered from synthetic rows and read back: what a councillor reads must be what the rows said. */
class BoardPackTest {

    static final Path ARTEFACTS = Path.of("target", "report-artefacts");
    static BoardPack pack;
    static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pack = sample();
        pdf = BoardPackReport.render(pack, Format.PDF);
        PdfText.picture(pdf, 0, ARTEFACTS.resolve("board-pack-summary.png"));
        PdfText.picture(pdf, 1, ARTEFACTS.resolve("board-pack-area.png"));
    }

    @Test
    void coverSummaryAreasAndAppendixCarryTheRowsFigures() throws Exception {
        String text = PdfText.text(pdf);
        assertThat(text).contains("Corporate Parenting Board performance pack", "October 2026 · Kestrel Vale Council (fictional)",
                "Children in care", "412", "We have 412 children in care", "Health", "Education", "Appendix: six months of every indicator");
        assertThat(text).contains("Initial health assessments on time", "87.5%", "England", "88.0%", "(2024)", "86.1%");
        assertThat(text).contains("Off target", "On target", "Improved");
        assertThat(text).contains("withheld", "Commentary", "Assessments rose after the new clinic opened.", "Head of Service, 3 November 2026");
        for (int m = 1; m <= 6; m++) {
            assertThat(text).contains("M" + m + " 2026");
        }
    }

    @Test
    void wordsFromUsersPrintAsTypedNotAsMarkup() throws Exception {
        assertThat(PdfText.text(pdf)).contains("Ratio <b>not</b> bold & kept");
    }

    @Test
    void pdfIsTaggedInBritishEnglishWithBookmarksAndEmbeddedFonts() throws Exception {
        assertThat(PdfText.taggedLanguage(pdf)).isEqualTo("en-GB");
        assertThat(PdfText.bookmarks(pdf)).containsExactly("Summary", "Health", "Education", "Appendix");
        assertThat(PdfText.unembeddedFonts(pdf)).isEmpty();
        assertThat(PdfText.pages(pdf)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void pdfPassesPdfUa1AsVeraPdfChecksIt() {
        assertThat(PdfUa.failures(pdf)).isEmpty();
    }

    @Test
    void wordCopyHasTheSameFigures() throws Exception {
        String text = PdfText.docxText(BoardPackReport.render(pack, Format.DOCX));
        assertThat(text).contains("Corporate Parenting Board performance pack", "Initial health assessments on time", "87.5%",
                "We have", "412", "Ratio <b>not</b> bold & kept");
    }

    static BoardPack sample() {
        List<String> months = List.of("M1 2026", "M2 2026", "M3 2026", "M4 2026", "M5 2026", "M6 2026");
        String trend = Sparkline.of("Initial health assessments on time", Arrays.asList(new BigDecimal("80.0"), null,
                new BigDecimal("82.0"), new BigDecimal("83.0"), new BigDecimal("85.0"), new BigDecimal("87.5")));
        List<BoardPack.Line> health = List.of(
                new BoardPack.Line("Initial health assessments on time", "Percentage · in month", "High", "88.0% (2024)", "86.1% (2024)",
                        "90.0%", "87.5%", "85.0%", "80.2%", "Improved", Styled.status("Off target", "square"), trend, "Trend: 80, 85, 87.5"),
                new BoardPack.Line("Dental checks", "Percentage · rolling 12 months", "High", "–", "–", "75.0%", "withheld", "76.0%",
                        "74.0%", "–", Styled.status("No target", "none"), trend, "Trend"));
        List<BoardPack.Line> education = List.of(
                new BoardPack.Line("Attendance", "Percentage · academic year", "High", "90.0% (2024)", "–", "92.0%", "93.1%", "92.4%",
                        "91.0%", "Improved", Styled.status("On target", "circle"), trend, "Trend"));
        List<BoardPack.AreaPage> areas = List.of(
                new BoardPack.AreaPage("Health", health, "“withheld”: 5 or fewer children were counted.",
                        List.of(new BoardPack.Comment("Assessments rose after the new clinic opened.", null),
                                new BoardPack.Comment("Ratio <b>not</b> bold & kept", "Head of Service, 3 November 2026"))),
                new BoardPack.AreaPage("Education", education, null,
                        List.of(new BoardPack.Comment("No commentary has been written for Education this month.", null))));
        List<BoardPack.AppendixLine> appendix = new ArrayList<>();
        appendix.add(new BoardPack.AppendixLine("Health", "Initial health assessments on time", "Percentage",
                List.of("80.0%", "81.0%", "82.0%", "83.0%", "85.0%", "87.5%")));
        appendix.add(new BoardPack.AppendixLine("Education", "Attendance", "Percentage", List.of("–", "–", "91.0%", "92.0%", "92.4%", "93.1%")));
        return new BoardPack("Kestrel Vale Council (fictional)", "October 2026",
                "Figures taken from the case records on 2 November 2026 at 06:00 (revision 1).",
                "Counts from 1 to 5 are withheld.",
                List.of(new BoardPack.Tile("Children in care", "412", "410", "398", "Up")),
                List.of(new BoardPack.Sentence("Children in care", "We have " + Styled.bold("412") + " children in care.")),
                areas, months, appendix);
    }
}
