package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.annual.AnnualReport;
import org.corporateparenting.report.annual.AnnualReportReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seven annual reports of 2025-26 as Word files, written from the demo council's rows and read back with Apache
 * POI, are documents a council can edit as committee papers: sections under Word's heading style, real tables whose
 * header rows repeat and whose rows have no fixed height, page numbers as fields, no hard page breaks, no markup left
 * in the words, and every figure of every table as the report's rows give it.
 */
class EditableWordReportsTest {

    static final Map<String, AnnualReport> REPORTS = new LinkedHashMap<>();
    static final Map<String, XWPFDocument> WORD = new LinkedHashMap<>();
    static final Map<String, String> XML = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        REPORTS.putAll(new DemoAnnualReports().reports());
        Path folder = Files.createDirectories(Path.of("target", "report-artefacts", "word"));
        for (Map.Entry<String, AnnualReport> report : REPORTS.entrySet()) {
            long start = System.nanoTime();
            byte[] docx = AnnualReportReport.render(report.getValue(), Format.DOCX);
            System.out.printf("Word render: %-55s %5d ms%n", report.getKey(), (System.nanoTime() - start) / 1_000_000);
            Files.write(folder.resolve(report.getKey().replaceAll("[^A-Za-z0-9-]+", "-") + ".docx"), docx);
            XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
            WORD.put(report.getKey(), word);
            XML.put(report.getKey(), word.getDocument().xmlText());
        }
    }

    @Test
    void sevenReportsEachWithoutFixedRowHeightsOrHardPageBreaks() {
        assertThat(WORD).hasSize(7);
        XML.forEach((name, xml) -> assertThat(xml).as(name).doesNotContain("trHeight", "w:type=\"page\"", "pageBreakBefore"));
    }

    @Test
    void sectionsAreUnderTheHeadingStyleInTheReportsOrder() {
        REPORTS.forEach((name, report) -> {
            List<String> expected = new ArrayList<>(List.of("Report to the Corporate Parenting Board"));
            report.sections().forEach(s -> expected.add(s.heading()));
            assertThat(WORD.get(name).getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID())).map(XWPFParagraph::getText))
                    .as(name).containsExactlyElementsOf(expected);
            assertThat(WORD.get(name).getParagraphs()).as(name).filteredOn(p -> "Title".equals(p.getStyleID()))
                    .extracting(XWPFParagraph::getText).containsExactly(report.title());
        });
    }

    @Test
    void everyTableOfFiguresIsAWordTableWithARepeatingHeaderAndTheReportsFigures() {
        REPORTS.forEach((name, report) -> {
            List<XWPFTable> tables = WORD.get(name).getTables();
            List<AnnualReport.Table> given = report.sections().stream().flatMap(s -> s.tables().stream()).toList();
            assertThat(tables).as(name).hasSize(1 + given.size());
            assertThat(tables.get(0).getRows()).as(name + ": cover").hasSize(report.cover().size());
            for (int t = 0; t < given.size(); t++) {
                XWPFTable table = tables.get(t + 1);
                AnnualReport.Table model = given.get(t);
                assertThat(table.getRow(0).isRepeatHeader()).as(name + ": " + model.title()).isTrue();
                assertThat(table.getRows()).as(name + ": " + model.title()).hasSize(model.rows().size() + 1);
                boolean shares = table.getRow(0).getTableCells().size() == 5;
                for (int r = 0; r < model.rows().size(); r++) {
                    AnnualReport.Row row = model.rows().get(r);
                    List<String> expected = shares ? List.of(row.label(), row.thisYear(), row.thisShare(), row.lastYear(), row.lastShare())
                            : List.of(row.label(), row.thisYear(), row.lastYear());
                    XWPFTableRow read = table.getRow(r + 1);
                    assertThat(read.getTableCells()).as(name + ": " + model.title() + ", " + row.label()).extracting(XWPFTableCell::getText)
                            .containsExactlyElementsOf(expected);
                    assertThat(read.isRepeatHeader()).isFalse();
                }
            }
        });
    }

    @Test
    void pagesAreNumberedByFieldsAndChartsHaveTheirWords() {
        REPORTS.forEach((name, report) -> {
            XWPFDocument word = WORD.get(name);
            String footer = word.getFooterList().stream().map(f -> f._getHdrFtr().xmlText()).collect(Collectors.joining());
            assertThat(footer).as(name).contains(" PAGE ", " NUMPAGES ");
            List<AnnualReport.Table> charted = report.sections().stream().flatMap(s -> s.tables().stream()).filter(t -> t.chart() != null).toList();
            assertThat(word.getAllPictures()).as(name).hasSameSizeAs(charted);
            charted.forEach(t -> assertThat(XML.get(name)).as(name).contains("descr=\"" + t.chartText().replace("&", "&amp;").replace("\"", "&quot;") + "\""));
        });
    }

    @Test
    void eachSectionsWordsAreNormalParagraphsUnderItsHeadingWithNoMarkupLeft() {
        REPORTS.forEach((name, report) -> {
            Map<String, String> written = new LinkedHashMap<>();
            String heading = null;
            for (var element : WORD.get(name).getBodyElements()) {
                if (element instanceof XWPFParagraph p && "Heading1".equals(p.getStyleID())) {
                    heading = p.getText();
                    written.put(heading, "");
                } else if (element instanceof XWPFParagraph p && "Normal".equals(p.getStyleID()) && heading != null) {
                    written.merge(heading, p.getText(), (a, b) -> a + " " + b);
                }
            }
            for (AnnualReport.Section section : report.sections()) {
                String words = written.get(section.heading());
                assertThat(words).as(name + ": " + section.heading()).doesNotContainPattern("</?(b|i|u|br|style|font|sup|sub|li|a)\\b")
                        .doesNotContain("&amp;", "&lt;", "&gt;", "&quot;");
                assertThat(spaced(words)).as(name + ": " + section.heading()).isEqualTo(spaced(plain(section.narrative())));
            }
        });
    }

    /** Styled text as a reader sees it: tags dropped, characters unescaped. */
    private static String plain(String styled) {
        return styled.replaceAll("<br/>", "\n").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
