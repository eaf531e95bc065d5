package org.corporateparenting.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people in English councils write them: 01/04/2024 in messages; "4 April 2023" and "4 April 2023 at
 * 07:15" (UK time) on the board's pages and in reports, which use these same words.
 */
public final class UkDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "(open)" : FORMAT.format(date);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(UK));
    }

    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(UK));
    }
}
