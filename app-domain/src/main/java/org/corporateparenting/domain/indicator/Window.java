package org.corporateparenting.domain.indicator;

import java.time.LocalDate;

/** The one rule for "dated within a window": both ends inclusive; no date is never within. */
final class Window {

    private Window() {
    }

    static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
