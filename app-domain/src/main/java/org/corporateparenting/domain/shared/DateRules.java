package org.corporateparenting.domain.shared;

import static org.corporateparenting.domain.shared.UkDates.format;

import java.time.LocalDate;

/** The date rules every record shares: not in the future, and not before the date it follows. */
public final class DateRules {

    private DateRules() {
    }

    /** Throws a rule violation on {@code field} unless the date is given and not in the future. */
    public static void requireNotFuture(String field, LocalDate date) {
        if (date == null || date.isAfter(LocalDate.now())) {
            throw RuleViolation.of(field, "Give a date that is not in the future.");
        }
    }

    /** Throws a rule violation on {@code field} unless the date is given, on or after {@code since}, and not in the future. */
    public static void requireBetween(String field, LocalDate date, LocalDate since) {
        if (date == null || date.isAfter(LocalDate.now()) || date.isBefore(since)) {
            throw RuleViolation.of(field, "Give a date between " + format(since) + " and today.");
        }
    }
}
