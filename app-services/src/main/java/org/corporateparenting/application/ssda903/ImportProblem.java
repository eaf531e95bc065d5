package org.corporateparenting.application.ssda903;

/**
 * Something wrong in an import file, where a person can find it: the file, the row number (1 is the
 * column names), the column, the value found, and the reason. Errors stop a row being loaded; warnings
 * (an unknown column, say) do not.
 */
public record ImportProblem(String file, int row, String field, String value, String reason, Severity severity) {

    /** Whether the problem stops the row. */
    public enum Severity { ERROR, WARNING }

    /** The problems as a downloadable CSV report. */
    public static String report(java.util.List<ImportProblem> problems) {
        StringBuilder csv = new StringBuilder("FILE,ROW,FIELD,VALUE,SEVERITY,REASON\r\n");
        for (ImportProblem p : problems) {
            csv.append(String.join(",", quote(p.file()), String.valueOf(p.row()), quote(p.field()), quote(p.value()),
                    p.severity().name(), quote(p.reason()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String quote(String value) {
        String v = value == null ? "" : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
