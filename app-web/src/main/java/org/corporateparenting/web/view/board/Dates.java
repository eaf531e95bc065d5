package org.corporateparenting.web.view.board;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the board's pages write them, in UK time: "4 April 2023", "4 April 2023 at 07:15". */
final class Dates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private Dates() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(UK));
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(UK));
    }
}
