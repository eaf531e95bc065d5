package org.corporateparenting.application.ssda903;

/**
 * Text for a report cell that no spreadsheet runs as a formula: a value starting with {@code =}, {@code +}, {@code -} or
 * {@code @} (or a tab or carriage return, which some spreadsheets skip before reading one of those) is written after an
 * apostrophe, as OWASP advises for CSV injection; every other value is written as it is.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet would read the value as the start of a formula. */
    public static boolean formulaLike(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The value as a cell may hold it: after an apostrophe when it looks like a formula; "" for null. */
    public static String safe(String value) {
        if (value == null) {
            return "";
        }
        return formulaLike(value) ? "'" + value : value;
    }

    /** The value as a safe CSV field (RFC 4180: quoted when it holds a comma, quote or line break). */
    public static String csv(String value) {
        String v = safe(value);
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
