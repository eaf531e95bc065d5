package org.corporateparenting.domain.ssda903.rules.episodes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;

/**
 * What several episode rules read the same way: temporary placements, the child's date of birth from the header, the
 * collection year an episode began in (its own start day judges its codes), days between two dates, and distances.
 */
final class Episodes {

    /** Temporary placements (T0 to T4). */
    static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    /** Foster placements (U1 to U6). */
    static final Set<String> FOSTER = Set.of("U1", "U2", "U3", "U4", "U5", "U6");

    /** Placed for adoption (A3 to A6). */
    static final Set<String> ADOPTION = Set.of("A3", "A4", "A5", "A6");

    /** The URN sent for a placement that has none (not Ofsted-registered). */
    static final String NO_URN = "XXXXXXX";

    private Episodes() {
    }

    static boolean temporary(ReturnRow episode) {
        return TEMPORARY.contains(episode.get("PLACE"));
    }

    /** The child's date of birth from the header; null when the header lacks the child or a real date. */
    static LocalDate born(ReturnFiles files, String child) {
        ReturnRow header = files.header(child);
        return header == null ? null : header.date("DOB");
    }

    /** The collection year the episode began in, or the return's year when its start is not a date. */
    static CollectionYear startYear(ReturnRow episode, ReturnFiles files) {
        LocalDate start = episode.date("DECOM");
        return start == null ? files.year() : CollectionYear.containing(start);
    }

    /** Whole days from one date to another. */
    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The day the episode ended, or the collection year's last day when it is still open (or its end is not a date). */
    static LocalDate endOrYearEnd(ReturnRow episode, ReturnFiles files) {
        LocalDate end = episode.date("DEC");
        return end == null ? files.end() : end;
    }

    /** The distance in miles, or null when blank or not a number. */
    static Double miles(ReturnRow row) {
        try {
            return row.has("PL_DISTANCE") ? Double.valueOf(row.get("PL_DISTANCE")) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A postcode with spaces removed, in capitals, for comparing two. */
    static String postcode(String value) {
        return value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether the URN is a real Ofsted number: filled and not XXXXXXX. */
    static boolean urn(ReturnRow episode) {
        return episode.has("URN") && !episode.in("URN", NO_URN);
    }
}
