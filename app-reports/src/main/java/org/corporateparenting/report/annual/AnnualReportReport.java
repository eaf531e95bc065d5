package org.corporateparenting.report.annual;

import java.util.Map;
import org.corporateparenting.report.Document;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.ReportRenderer;

/** Renders an {@link AnnualReport} with its templates: the report, its cover fields, and its tables. */
public final class AnnualReportReport {

    private static final String FOLDER = "org/corporateparenting/report/annual/";

    private AnnualReportReport() {
    }

    public static byte[] render(AnnualReport report, Format format) {
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
                new Document(report.title() + " " + report.thisYear(), report.council(), report.yearTitle()));
    }
}
