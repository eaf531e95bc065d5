package org.corporateparenting.report.annual;

import java.util.Map;
import org.corporateparenting.report.Document;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.ReportRenderer;
import org.corporateparenting.report.annual.word.AnnualReportWord;

/**
 * Renders an {@link AnnualReport}: the PDF with its templates (the report, its cover fields, and its tables), the Word
 * file as a flowing document a council can edit ({@link AnnualReportWord}), both from the same rows and with the same
 * title, author and subject.
 */
public final class AnnualReportReport {

    private static final String FOLDER = "org/corporateparenting/report/annual/";

    private AnnualReportReport() {
    }

    public static byte[] render(AnnualReport report, Format format) {
        Document document = new Document(report.title() + " " + report.thisYear(), report.council(), report.yearTitle());
        if (format == Format.DOCX) {
            return AnnualReportWord.write(report, document);
        }
        Map<String, Object> parameters = Map.of(
                "Title", report.title(),
                "Council", report.council(),
                "YearTitle", report.yearTitle(),
                "ThisYear", report.thisYear(),
                "LastYear", report.lastYear(),
                "Status", report.status(),
                "Cover", report.cover(),
                "CoverReport", ReportRenderer.template(FOLDER + "AnnualReport_Cover"),
                "TablesReport", ReportRenderer.template(FOLDER + "AnnualReport_Tables"),
                "TableReport", ReportRenderer.template(FOLDER + "AnnualReport_Table"));
        return ReportRenderer.render(ReportRenderer.template(FOLDER + "AnnualReport"), parameters, report.sections(), format,
                document);
    }
}
