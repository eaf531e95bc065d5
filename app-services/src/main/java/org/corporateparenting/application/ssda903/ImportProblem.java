package org.corporateparenting.application.ssda903;

import java.util.List;

/**
 * Something wrong in an import file, where a person can find it: the file, the row number (1 is the
 * column names), the column, the value found, and the reason. Errors stop a row being loaded; warnings
 * (an unknown column, say) do not.
 */
public record ImportProblem(String file, int row, String field, String value, String reason, Severity severity) {

    /**
     * ERROR stops the row (and, unless only valid rows are loaded, the whole load); WARNING is read and set aside (an
     * unknown column); REPAIR says what the import put right by a documented rule (an overlap closed, a duplicate dropped).
     */
    public enum Severity { ERROR, WARNING, REPAIR }

    /** The same problem, its file named inside a year's folder ("2024-25/episodes.csv"). */
    public ImportProblem in(String folder) {
        return new ImportProblem(folder + "/" + file, row, field, value, reason, severity);
    }

    /** The problems as a downloadable CSV report; no cell starts a spreadsheet formula. */
    public static String report(List<ImportProblem> problems) {
        StringBuilder csv = new StringBuilder("FILE,ROW,FIELD,VALUE,SEVERITY,REASON\r\n");
        for (ImportProblem p : problems) {
            csv.append(String.join(",", quote(p.file()), String.valueOf(p.row()), quote(p.field()), quote(p.value()),
                    p.severity().name(), quote(p.reason()))).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * The report with a last line for each file of the load: row 0 (the file as a whole), severity TOTAL, and its totals
     * in words ({@link FileTotal#words()}: rows read, loaded, repaired, dropped with why, errors).
     */
    public static String report(List<ImportProblem> problems, List<FileTotal> files) {
        StringBuilder csv = new StringBuilder(report(problems));
        for (FileTotal f : files) {
            csv.append(String.join(",", quote(f.file()), "0", "", "", "TOTAL", quote(f.words()))).append("\r\n");
        }
        return csv.toString();
    }

    /** A field no spreadsheet runs as a formula ({@link SpreadsheetText}). */
    private static String quote(String value) {
        return SpreadsheetText.csv(value);
    }
}
