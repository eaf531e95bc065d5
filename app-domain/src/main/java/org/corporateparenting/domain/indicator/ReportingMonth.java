package org.corporateparenting.domain.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A month the dataset is reported for, and the windows its indicators count over: the month itself,
 * rolling windows ending with it, the financial year (from 1 April) and the academic year (from
 * 1 September) to date. Figures "as at month end" are taken at the end of its last day.
 */
public record ReportingMonth(YearMonth month) implements Comparable<ReportingMonth> {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public static ReportingMonth of(int year, int month) {
        return new ReportingMonth(YearMonth.of(year, month));
    }

    public static ReportingMonth parse(String yearMonth) {
        return new ReportingMonth(YearMonth.parse(yearMonth));
    }

    /** The last complete month before the date. */
    public static ReportingMonth lastCompleteBefore(LocalDate date) {
        return new ReportingMonth(YearMonth.from(date).minusMonths(1));
    }

    /** The {@code count} months ending with {@code last}, earliest first. */
    public static List<ReportingMonth> ending(ReportingMonth last, int count) {
        List<ReportingMonth> months = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            months.add(last.minus(back));
        }
        return months;
    }

    public LocalDate start() {
        return month.atDay(1);
    }

    public LocalDate end() {
        return month.atEndOfMonth();
    }

    /** The first day of the window of {@code months} months ending with this one. */
    public LocalDate rollingStart(int months) {
        return month.minusMonths(months - 1L).atDay(1);
    }

    public LocalDate financialYearStart() {
        int year = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate academicYearStart() {
        int year = month.getMonthValue() >= 9 ? month.getYear() : month.getYear() - 1;
        return LocalDate.of(year, 9, 1);
    }

    /** The first year of the financial year the month falls in (2023 for April 2023 to March 2024). */
    public int financialYear() {
        return financialYearStart().getYear();
    }

    /**
     * The last {@code count} year ends (March, whose last day is the children-looked-after statistics' reference date,
     * 31 March) on or before this month, oldest first: the earlier years the board's packs print beside the month.
     */
    public List<ReportingMonth> yearEndsUpTo(int count) {
        int year = month.getMonthValue() >= 3 ? month.getYear() : month.getYear() - 1;
        List<ReportingMonth> ends = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            ends.add(of(year - i, 3));
        }
        return ends;
    }

    public ReportingMonth minus(int months) {
        return new ReportingMonth(month.minusMonths(months));
    }

    public ReportingMonth previous() {
        return minus(1);
    }

    /** Whether the date falls within the month. */
    public boolean contains(LocalDate date) {
        return date != null && YearMonth.from(date).equals(month);
    }

    /** "Oct 2021", as the packs label their columns. */
    /** The month in full, as titles write it: "October 2021". */
    public String title() {
        return TITLE.format(month);
    }

    public String label() {
        return month.format(LABEL);
    }

    @Override
    public int compareTo(ReportingMonth other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
