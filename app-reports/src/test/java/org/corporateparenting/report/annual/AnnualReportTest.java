package org.corporateparenting.report.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.PdfText;
import org.corporateparenting.report.PdfUa;
import org.corporateparenting.report.Styled;
import org.corporateparenting.report.chart.BarChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An annual report rendered from synthetic rows and read back: cover fields, sections, tables and words as given. */
class AnnualReportTest {

    static AnnualReport report;
    static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        report = new AnnualReport("Independent Reviewing Officer service: annual report", "Kestrel Vale Council (fictional)",
                "April 2025 to March 2026", "2025-26", "2024-25", "Draft, not yet published.",
                List.of(new AnnualReport.CoverField("Portfolio holder", "Councillor A. Example"),
                        new AnnualReport.CoverField("Recommendation", "That the Board notes the report for " + Styled.bold("2025-26") + ".")),
                List.of(new AnnualReport.Section("1. Introduction", "IROs chaired " + Styled.bold("1,280") + " reviews.", List.of()),
                        new AnnualReport.Section("4. Reviews and their timeliness", "",
                                List.of(new AnnualReport.Table("Reviews held, by quarter", null, List.of(
                                        new AnnualReport.Row("April to June", "320", "", "301", "", false),
                                        new AnnualReport.Row("July to September", "<6", "", "298", "", false),
                                        new AnnualReport.Row("Total", "1,280", "", "1,190", "", true)), "Counts from 1 to 5 are shown as <6."),
                                        new AnnualReport.Table("Escalations raised, by quarter", null, List.of(
                                                new AnnualReport.Row("April to June", "12", "", "9", "", false),
                                                new AnnualReport.Row("Total", "12", "", "9", "", true)), null,
                                                BarChart.of("Escalations raised", List.of("April to June"), List.of(12L), List.of(9L), "2025-26", "2024-25"),
                                                "Chart of escalations raised: the table above, 2025-26 beside 2024-25.")))));
        pdf = AnnualReportReport.render(report, Format.PDF);
        PdfText.picture(pdf, 0, Path.of("target", "report-artefacts", "iro-annual-cover.png"));
        PdfText.picture(pdf, PdfText.pages(pdf) - 1, Path.of("target", "report-artefacts", "iro-annual-tables.png"));
    }

    @Test
    void aTablesChartIsDrawnWithItsAlternativeText() throws Exception {
        assertThat(PdfText.figureAlternatives(pdf)).contains("Chart of escalations raised: the table above, 2025-26 beside 2024-25.");
    }

    @Test
    void coverSectionsTablesAndWordsAreThereAsGiven() throws Exception {
        String text = PdfText.text(pdf);
        assertThat(text).contains("Independent Reviewing Officer service: annual report", "Kestrel Vale Council (fictional) · April 2025 to March 2026",
                "Report to the Corporate Parenting Board", "Portfolio holder", "Councillor A. Example", "That the Board notes the report for 2025-26.",
                "IROs chaired 1,280 reviews.", "Reviews held, by quarter", "2025-26", "2024-25", "<6", "Counts from 1 to 5 are shown as <6.");
        assertThat(text).containsPattern("April to June\\s+320\\s+301");
        assertThat(text).containsPattern("Total\\s+1,280\\s+1,190");
    }

    @Test
    void pdfPassesPdfUa1AsVeraPdfChecksIt() {
        assertThat(PdfUa.failures(pdf)).isEmpty();
    }

    @Test
    void pdfIsTaggedWithBookmarksPerSectionAndWordHasTheSameWords() throws Exception {
        assertThat(PdfText.taggedLanguage(pdf)).isEqualTo("en-GB");
        assertThat(PdfText.bookmarks(pdf)).containsExactly("Report to the Corporate Parenting Board", "1. Introduction",
                "4. Reviews and their timeliness");
        assertThat(PdfText.unembeddedFonts(pdf)).isEmpty();
        assertThat(PdfText.docxText(AnnualReportReport.render(report, Format.DOCX))).contains("Councillor A. Example", "1,280", "<6");
    }
}
