package org.corporateparenting.domain.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

    /** The date in a column, or null when blank or not a real DD/MM/YYYY date. */
    public LocalDate date(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the column holds something that is not a real DD/MM/YYYY date. */
    public boolean badDate(String column) {
        return has(column) && date(column) == null;
    }
}
