package org.corporateparenting.domain.ssda903.rules.periods;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.corporateparenting.domain.ssda903.ReturnRow;

/**
 * A row's DD/MM/YYYY dates read as {@link ReturnRow#date} reads them (strictly: 31/02/2020 is not a date), but without
 * the formatter for the usual ten-character form: the period rules read every episode's dates many times over, and a
 * 20,000-child return must be checked in under two seconds. Any other form is left to {@link ReturnRow#date}.
 */
final class Dates {

    private Dates() {
    }

    /** The date in the row's column, or null when blank or not a real date. */
    static LocalDate of(ReturnRow row, String column) {
        String value = row.get(column);
        if (value.length() != 10 || value.charAt(2) != '/' || value.charAt(5) != '/') {
            return value.isEmpty() ? null : row.date(column);
        }
        int day = digits(value, 0, 2);
        int month = digits(value, 3, 5);
        int year = digits(value, 6, 10);
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
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
}
