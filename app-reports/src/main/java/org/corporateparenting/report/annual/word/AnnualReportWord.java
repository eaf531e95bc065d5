package org.corporateparenting.report.annual.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.corporateparenting.report.Document;
import org.corporateparenting.report.annual.AnnualReport;

/**
 * An annual report as a Word file a council can edit and table as a committee paper: the same rows as the PDF, in the
 * same order (title, council and year, status; the contents ({@link Contents}); "Report to the Corporate Parenting
 * Board" and the cover fields; then
 * each numbered section with its narrative, tables, notes and charts), written as one flowing document in Word's
 * built-in styles ({@link WordStyles}) rather than as a picture of the PDF's pages. There are no hard page breaks (the
 * PDF has none either: Word keeps headings and captions with what follows), the footer numbers pages with fields
 * ({@link PageFooter}), and the document's title, author and subject are the PDF's.
 */
public final class AnnualReportWord {

    private static final String COVER = "Report to the Corporate Parenting Board";

    private AnnualReportWord() {
    }

    public static byte[] write(AnnualReport report, Document about) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordStyles.apply(document);
            properties(document.getProperties(), about);
            paragraph(document, "Title", report.title());
            paragraph(document, "Subtitle", report.council() + " · " + report.yearTitle());
            paragraph(document, "Note", report.status());
            List<String> headings = new ArrayList<>(List.of(COVER));
            report.sections().forEach(s -> headings.add(s.heading()));
            Contents.write(document, headings);
            paragraph(document, "Heading1", COVER);
            CoverTable.write(document, report.cover());
            for (AnnualReport.Section section : report.sections()) {
                paragraph(document, "Heading1", section.heading());
                XWPFParagraph first = document.createParagraph();
                first.setStyle("Normal");
                StyledRuns.write(section.narrative(), first, () -> {
                    XWPFParagraph next = document.createParagraph();
                    next.setStyle("Normal");
                    return next;
                });
                if (first.getRuns().isEmpty()) {
                    document.removeBodyElement(document.getPosOfParagraph(first));
                }
                for (AnnualReport.Table table : section.tables()) {
                    CountTables.write(document, table, report.thisYear(), report.lastYear());
                    if (table.chart() != null) {
                        ChartPicture.write(document, table.chart(), table.chartText());
                    }
                }
            }
            PageFooter.write(document, report.title() + " " + report.thisYear() + " · " + report.council());
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The Word file of " + report.title() + " could not be written", e);
        }
    }

    private static void paragraph(XWPFDocument document, String style, String words) {
        if (words == null || words.isBlank()) {
            return;
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(words);
    }

    private static void properties(POIXMLProperties properties, Document about) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(about.title());
        core.setCreator(about.author());
        core.setSubjectProperty(about.subject());
        core.setLastModifiedByUser(about.author());
        properties.getExtendedProperties().setApplication("Corporate Parenting");
    }
}
