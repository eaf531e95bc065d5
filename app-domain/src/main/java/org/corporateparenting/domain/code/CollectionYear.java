package org.corporateparenting.domain.code;

import java.time.LocalDate;

/**
 * An SSDA903 collection year, 1 April to 31 March, named by its first calendar year: 2023 is
 * "2023-24", covering 1 April 2023 to 31 March 2024.
 */
public record CollectionYear(int startYear) implements Comparable<CollectionYear> {

    /** The first year whose code lists this system holds. */
    public static final CollectionYear FIRST = new CollectionYear(2017);

    public static CollectionYear containing(LocalDate date) {
        return new CollectionYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(CollectionYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
