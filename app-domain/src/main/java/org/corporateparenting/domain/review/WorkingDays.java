package org.corporateparenting.domain.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. The regular holidays are
 * computed (New Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays,
 * Christmas Day and Boxing Day, each moved to the next weekday when it falls at a weekend, as the
 * Banking and Financial Dealings Act 1971 and royal proclamations do). One-off changes are listed:
 * VE Day 2020 (early May holiday moved to Friday 8 May), the Platinum Jubilee 2022 (spring holiday on
 * 2 June and an extra day on 3 June), the State Funeral on 19 September 2022 and the Coronation on
 * 8 May 2023; earlier ones (2011, 2012) likewise.
 */
public final class WorkingDays {

    private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays(date.getYear()).contains(date);
    }

    /** The date {@code days} working days after {@code from} (the start day itself not counted). */
    public static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public static Set<LocalDate> bankHolidays(int year) {
        return HOLIDAYS.computeIfAbsent(year, WorkingDays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate earlyMay = LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        days.add(year == 2020 ? LocalDate.of(2020, 5, 8) : earlyMay);
        LocalDate spring = LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        days.add(switch (year) {
            case 2012 -> LocalDate.of(2012, 6, 4);
            case 2022 -> LocalDate.of(2022, 6, 2);
            default -> spring;
        });
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        addChristmas(year, days);
        switch (year) {
            case 2011 -> days.add(LocalDate.of(2011, 4, 29));
            case 2012 -> days.add(LocalDate.of(2012, 6, 5));
            case 2022 -> {
                days.add(LocalDate.of(2022, 6, 3));
                days.add(LocalDate.of(2022, 9, 19));
            }
            case 2023 -> days.add(LocalDate.of(2023, 5, 8));
            default -> { }
        }
        return Set.copyOf(days);
    }

    private static void addChristmas(int year, Set<LocalDate> days) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate christmasObserved = weekdayOnOrAfter(christmas);
        days.add(christmasObserved);
        LocalDate boxing = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 26));
        days.add(boxing.equals(christmasObserved) ? weekdayOnOrAfter(boxing.plusDays(1)) : boxing);
    }

    private static LocalDate weekdayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
