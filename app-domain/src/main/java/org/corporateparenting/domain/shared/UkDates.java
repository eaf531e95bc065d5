package org.corporateparenting.domain.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people in English councils write them in messages: 01/04/2024. */
public final class UkDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "(open)" : FORMAT.format(date);
    }
}
