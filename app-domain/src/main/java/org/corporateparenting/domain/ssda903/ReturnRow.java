package org.corporateparenting.domain.ssda903;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Map;

/**
 * One row of a 903 file: its table, the row number a spreadsheet shows (the column names are row 1; for XML, the
 * position of the record), and its values by column name. Values are kept as written; {@link #get} trims them and
 * gives "" for a blank or absent column, and {@link #date} reads the DfE's DD/MM/YYYY dates strictly.
 */
public record ReturnRow(Table table, int row, Map<String, String> values) {

    /** The 903's date format, read strictly: 31/02/2020 is not a date. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    public ReturnRow {
        values = Map.copyOf(values);
    }

    /** The value of a column, trimmed; "" when blank or absent. */
    public String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.trim();
    }

    public boolean blank(String column) {
        return get(column).isEmpty();
    }

    public boolean has(String column) {
        return !blank(column);
    }

    /** Whether the column holds one of the given values. */
    public boolean in(String column, String... options) {
        String value = get(column);
        for (String option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The child's identifier (CHILD). */
    public String child() {
        return get("CHILD");
    }

    /**
     * The date in a column, or null when blank or not a real DD/MM/YYYY date. Read by hand rather than through
     * {@link #DATE}, to the same strict result, since the rule set reads dates millions of times in a large return.
     */
    public LocalDate date(String column) {
        String value = get(column);
        if (value.length() != 10 || value.charAt(2) != '/' || value.charAt(5) != '/') {
            return null;
        }
        int day = digits(value, 0, 2);
        int month = digits(value, 3, 5);
        int year = digits(value, 6, 10);
        if (day < 1 || month < 1 || month > 12 || year < 0 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** Whether the column holds something that is not a real DD/MM/YYYY date. */
    public boolean badDate(String column) {
        return has(column) && date(column) == null;
    }
}
