package org.corporateparenting.report.annual.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.Styled;
import org.corporateparenting.report.annual.AnnualReport;
import org.corporateparenting.report.annual.AnnualReportReport;
import org.corporateparenting.report.chart.BarChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An annual report's Word file read back with Apache POI: a flowing document a council can edit as a committee paper
 * (heading styles, real tables whose header rows repeat and whose rows grow, page numbers as fields, the narrative's
 * styled text as runs), with every figure of the report's tables as given.
 */
class AnnualReportWordTest {

    static AnnualReport report;
    static byte[] docx;
    static XWPFDocument word;
    static String xml;

    @BeforeAll
    static void render() throws Exception {
        String paragraph = "IROs chaired " + Styled.bold("1,280") + " reviews, of which " + Styled.bold("<6") + " were held late &amp; "
                + "<i>every child</i> was asked for their views. " + "Their words are set out in the section on participation. ".repeat(12);
        String narrative = paragraph + "<br/><br/>" + "A second paragraph with a <style isBold=\"true\" forecolor=\"#B8400A\">styled</style> word"
                + "<br/>and a line of its own.<br/><br/>" + "A third paragraph. ".repeat(40);
        List<AnnualReport.Row> many = new ArrayList<>(IntStream.rangeClosed(1, 70).mapToObj(i -> new AnnualReport.Row(
                "Placement area " + i + " with a label long enough to need more than one line in its cell when it is edited",
                Integer.toString(100 + i), "1." + i + "%", Integer.toString(90 + i), "1." + (i + 1) + "%", false)).toList());
        many.add(new AnnualReport.Row("Total", "9,485", "100.0%", "8,785", "100.0%", true));
        report = new AnnualReport("Independent Reviewing Officer service: annual report", "Kestrel Vale Council (fictional)",
                "April 2025 to March 2026", "2025-26", "2024-25", "Draft, not yet published.",
                List.of(new AnnualReport.CoverField("Portfolio holder", "Councillor A. Example"),
                        new AnnualReport.CoverField("Recommendation", "That the Board notes the report for " + Styled.bold("2025-26") + "."),
                        new AnnualReport.CoverField("Reason", "Statutory guidance asks for an annual report. ".repeat(20))),
                List.of(new AnnualReport.Section("1. Introduction", narrative, List.of()),
                        new AnnualReport.Section("2. Children in care by area", "", List.of(new AnnualReport.Table("Children in care on 31 March, by area",
                                "children in care", many, "Shares are of all children in care on 31 March."))),
                        new AnnualReport.Section("3. Reviews and their timeliness", "Reviews held " + Styled.bold("on time") + ".",
                                List.of(new AnnualReport.Table("Reviews held, by quarter", null, List.of(
                                        new AnnualReport.Row("April to June", "320", "", "301", "", false),
                                        new AnnualReport.Row("July to September", "<6", "", "298", "", false),
                                        new AnnualReport.Row("Total", "1,280", "", "1,190", "", true)), "Counts from 1 to 5 are shown as <6."),
                                        new AnnualReport.Table("Escalations raised, by quarter", null, List.of(
                                                new AnnualReport.Row("April to June", "12", "", "9", "", false),
                                                new AnnualReport.Row("Total", "12", "", "9", "", true)), null,
                                                BarChart.of("Escalations raised", List.of("April to June"), List.of(12L), List.of(9L), "2025-26", "2024-25"),
                                                "Chart of escalations raised: the table above, 2025-26 beside 2024-25."))),
                        new AnnualReport.Section("4. Contact", "The IRO service manager.", List.of())));
        docx = AnnualReportReport.render(report, Format.DOCX);
        Path file = Path.of("target", "report-artefacts", "iro-annual.docx");
        Files.createDirectories(file.getParent());
        Files.write(file, docx);
        word = new XWPFDocument(new ByteArrayInputStream(docx));
        xml = word.getDocument().xmlText();
    }

    @Test
    void noRowHasAFixedHeightSoAddedTextWraps() {
        assertThat(xml).doesNotContain("trHeight");
        for (XWPFTable table : word.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                assertThat(row.getCtRow().getTrPr() == null || row.getCtRow().getTrPr().sizeOfTrHeightArray() == 0).isTrue();
            }
        }
    }

    @Test
    void theCoverFieldsAreATableOfTwoColumnsAndEveryDataTableRepeatsItsHeaderRow() {
        List<XWPFTable> tables = word.getTables();
        assertThat(tables).hasSize(1 + 3);
        XWPFTable cover = tables.get(0);
        assertThat(cover.getRows()).hasSize(report.cover().size());
        assertThat(cover.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactly("Portfolio holder", "Councillor A. Example");
        for (XWPFTable table : tables.subList(1, tables.size())) {
            assertThat(table.getRow(0).isRepeatHeader()).as("header row of " + table.getText().lines().findFirst().orElse("")).isTrue();
            assertThat(table.getRows().subList(1, table.getRows().size())).noneMatch(XWPFTableRow::isRepeatHeader);
        }
    }

    @Test
    void headingsUseTheHeadingStylesInOrderUnderTheTitle() {
        List<String> headings = new ArrayList<>();
        String title = null;
        for (XWPFParagraph p : word.getParagraphs()) {
            if ("Title".equals(p.getStyleID())) {
                title = p.getText();
            } else if ("Heading1".equals(p.getStyleID())) {
                headings.add(p.getText());
            }
        }
        assertThat(title).isEqualTo(report.title());
        List<String> expected = new ArrayList<>(List.of("Report to the Corporate Parenting Board"));
        report.sections().forEach(s -> expected.add(s.heading()));
        assertThat(headings).containsExactlyElementsOf(expected);
        assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(word.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
        assertThat(word.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        assertThat(word.getStyles().getStyle("Normal")).isNotNull();
    }

    @Test
    void theContentsAreWordsTableOfContentsFieldOverTheHeadings() {
        List<XWPFParagraph> lines = word.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyleID())).toList();
        List<String> headings = word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID())).map(XWPFParagraph::getText).toList();
        assertThat(lines).extracting(XWPFParagraph::getText).containsExactlyElementsOf(headings);
        assertThat(lines.get(0).getCTP().xmlText()).contains("fldCharType=\"begin\"").containsPattern("instrText[^>]*> TOC \\\\o \"1-1\" \\\\h");
        assertThat(lines.get(lines.size() - 1).getCTP().xmlText()).contains("fldCharType=\"end\"");
        assertThat(word.getStyles().getStyle("TOC1").getName()).isEqualTo("toc 1");
    }

    @Test
    void tableTitlesAreCaptionsAndNotesFollowTheirTables() {
        List<String> captions = word.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyleID())).map(XWPFParagraph::getText).toList();
        assertThat(captions).containsExactly("Children in care on 31 March, by area", "Reviews held, by quarter", "Escalations raised, by quarter");
        assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText).contains("Shares are of all children in care on 31 March.",
                "Counts from 1 to 5 are shown as <6.");
    }

    @Test
    void theFooterHoldsPageAndNumpagesFields() {
        String footers = word.getFooterList().stream().map(f -> f.getPackagePart().getPartName() + f._getHdrFtr().xmlText())
                .collect(Collectors.joining());
        assertThat(footers).containsPattern("instrText[^>]*>\\s*PAGE\\s*<").containsPattern("instrText[^>]*>\\s*NUMPAGES\\s*<")
                .contains("fldChar");
        assertThat(word.getFooterList()).extracting(XWPFFooter::getText).anyMatch(t -> t.contains("Page") && t.contains(" of "));
        assertThat(xml).doesNotContainPattern("Page \\d+ of");
    }

    @Test
    void thereAreNoHardPageBreaks() {
        assertThat(xml).doesNotContain("w:type=\"page\"").doesNotContain("pageBreakBefore");
        assertThat(word.getBodyElements().stream().filter(e -> e instanceof XWPFParagraph).count()).isGreaterThan(10);
    }

    @Test
    void theNarrativeIsRunsAndParagraphsWithNoMarkupLeft() {
        String all = word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")) + word.getTables().stream()
                .map(XWPFTable::getText).collect(Collectors.joining("\n"));
        assertThat(all).doesNotContainPattern("</?(b|i|u|br|style|font|sup|sub|li|a)\\b").doesNotContain("&amp;", "&lt;", "&gt;", "&quot;");
        XWPFParagraph first = word.getParagraphs().stream().filter(p -> p.getText().startsWith("IROs chaired")).findFirst().orElseThrow();
        assertThat(first.getText()).startsWith("IROs chaired 1,280 reviews, of which <6 were held late & every child was asked");
        assertThat(first.getRuns()).filteredOn(r -> r.text().equals("1,280")).singleElement().matches(XWPFRun::isBold);
        assertThat(first.getRuns()).filteredOn(r -> r.text().equals("every child")).singleElement().matches(XWPFRun::isItalic);
        assertThat(first.getRuns()).filteredOn(r -> r.text().startsWith(" reviews")).allMatch(r -> !r.isBold());
        XWPFParagraph second = word.getParagraphs().stream().filter(p -> p.getText().startsWith("A second paragraph")).findFirst().orElseThrow();
        assertThat(second.getRuns()).filteredOn(r -> r.text().equals("styled")).singleElement()
                .matches(XWPFRun::isBold).matches(r -> "B8400A".equalsIgnoreCase(r.getColor()));
        assertThat(second.getCTP().xmlText()).contains("<w:br/>");
        assertThat(second.getText()).contains("and a line of its own.");
        assertThat(word.getParagraphs()).filteredOn(p -> p.getText().startsWith("A third paragraph.")).hasSize(1);
        XWPFTableCell recommendation = word.getTables().get(0).getRow(1).getCell(1);
        assertThat(recommendation.getText()).isEqualTo("That the Board notes the report for 2025-26.");
        assertThat(recommendation.getParagraphs().get(0).getRuns()).filteredOn(r -> r.text().equals("2025-26")).singleElement()
                .matches(XWPFRun::isBold);
    }

    @Test
    void theTablesFiguresAreTheModelsWithTotalsBold() {
        List<XWPFTable> tables = word.getTables().subList(1, word.getTables().size());
        List<AnnualReport.Table> given = report.sections().stream().flatMap(s -> s.tables().stream()).toList();
        assertThat(tables).hasSameSizeAs(given);
        for (int t = 0; t < given.size(); t++) {
            AnnualReport.Table model = given.get(t);
            XWPFTable table = tables.get(t);
            boolean shares = model.shareOf() != null;
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactlyElementsOf(
                    shares ? List.of("", "2025-26", "Share", "2024-25", "Share") : List.of("", "2025-26", "2024-25"));
            assertThat(table.getRows()).hasSize(model.rows().size() + 1);
            for (int r = 0; r < model.rows().size(); r++) {
                AnnualReport.Row row = model.rows().get(r);
                XWPFTableRow read = table.getRow(r + 1);
                assertThat(read.getTableCells()).extracting(XWPFTableCell::getText).containsExactlyElementsOf(shares
                        ? List.of(row.label(), row.thisYear(), row.thisShare(), row.lastYear(), row.lastShare())
                        : List.of(row.label(), row.thisYear(), row.lastYear()));
                assertThat(read.getTableCells()).allMatch(c -> c.getParagraphs().get(0).getRuns().stream()
                        .allMatch(run -> run.isBold() == row.total()));
            }
        }
    }

    @Test
    void theChartIsAPictureWithItsWordsAsAlternativeText() {
        assertThat(word.getAllPictures()).singleElement().satisfies(p -> assertThat(p.getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG));
        assertThat(xml).contains("descr=\"Chart of escalations raised: the table above, 2025-26 beside 2024-25.\"").doesNotContain("docPr id=\"0\"");
    }

    @Test
    void theDocumentSaysWhatItIsAndIsInBritishEnglishInTodaysWordFormat() throws Exception {
        var core = word.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Independent Reviewing Officer service: annual report 2025-26");
        assertThat(core.getCreator()).isEqualTo("Kestrel Vale Council (fictional)");
        assertThat(core.getSubject()).isEqualTo("April 2025 to March 2026");
        assertThat(word.getStyle().getDocDefaults().getRPrDefault().getRPr().xmlText()).contains("en-GB");
        assertThat(word.getSettings().getCTSettings().xmlText()).containsPattern("compatSetting[^>]*w:name=\"compatibilityMode\"[^>]*w:val=\"15\"")
                .containsPattern("themeFontLang w:val=\"en-GB\"");
    }
}
