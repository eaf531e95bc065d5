package org.corporateparenting.domain.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year, as councils' annual reports cover them: 1 April to 31 March, written "2025-26". Quarters run
 * April to June (Q1) through January to March (Q4).
 */
public record ReportingYear(int startYear) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    public static ReportingYear parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label);
        if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new DateTimeParseException("Give the year as 2025-26", label == null ? "" : label, 0);
        }
        return new ReportingYear(Integer.parseInt(m.group(1)));
    }

    /** The last financial year to have ended on or before {@code date}. */
    public static ReportingYear lastEndedBy(LocalDate date) {
        int start = date.getMonthValue() >= 4 ? date.getYear() - 1 : date.getYear() - 2;
        return new ReportingYear(start);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start()) && !date.isAfter(end());
    }

    /** 1 to 4 for a date in the year. */
    public int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 8) % 12 / 3 + 1;
    }

    public ReportingYear previous() {
        return new ReportingYear(startYear - 1);
    }

    /** "2025-26". */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** "April 2025 to March 2026". */
    public String title() {
        return "April " + startYear + " to March " + (startYear + 1);
    }

    @Override
    public String toString() {
        return label();
    }
}
