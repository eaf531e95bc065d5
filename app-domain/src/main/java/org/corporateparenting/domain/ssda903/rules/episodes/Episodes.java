package org.corporateparenting.domain.ssda903.rules.episodes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
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

    /** Placements with no Ofsted URN: {@link Ssda903Codes#PLACEMENTS_WITHOUT_URN}. */
    static final Set<String> NO_URN_PLACES = Ssda903Codes.PLACEMENTS_WITHOUT_URN;

    /** The PL_LA codes of placements outside England. */
    private static final Set<String> OUTSIDE_ENGLAND = Set.of("WAL", "SCO", "NIR", "NUK", "CON");

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

    /** Whether two postcodes are the same, spaces and case ignored (without building new strings: every episode has two). */
    static boolean samePostcode(String one, String other) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < one.length() && one.charAt(i) == ' ') {
                i++;
            }
            while (j < other.length() && other.charAt(j) == ' ') {
                j++;
            }
            if (i == one.length() || j == other.length()) {
                return i == one.length() && j == other.length();
            }
            if (Character.toUpperCase(one.charAt(i)) != Character.toUpperCase(other.charAt(j))) {
                return false;
            }
            i++;
            j++;
        }
    }

    /**
     * The year of a DD/MM/YYYY value read from its last four digits alone, or -1 when it has not that form: lets a rule
     * on a date far from the return's year pass most rows without reading their dates in full.
     */
    static int year(ReturnRow row, String column) {
        String value = row.get(column);
        if (value.length() != 10) {
            return -1;
        }
        int year = 0;
        for (int i = 6; i < 10; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            year = year * 10 + (c - '0');
        }
        return year;
    }

    /**
     * Whether the placement is outside England, where Ofsted does not register providers: PL_LA one of the 903's codes
     * for outside England, or an ONS code of Wales, Scotland or Northern Ireland (W, S or N followed by digits).
     */
    static boolean outsideEngland(ReturnRow episode) {
        String authority = episode.get("PL_LA").toUpperCase(Locale.ROOT);
        if (OUTSIDE_ENGLAND.contains(authority)) {
            return true;
        }
        return authority.length() > 1 && "WSN".indexOf(authority.charAt(0)) >= 0 && Character.isDigit(authority.charAt(1));
    }

    /** Whether any of the rows holds the value in the column (a loop, not a stream: it runs once per child). */
    static boolean any(List<ReturnRow> rows, String column, String value) {
        for (ReturnRow row : rows) {
            if (row.in(column, value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the URN is a real Ofsted number: filled and not XXXXXXX. */
    static boolean urn(ReturnRow episode) {
        return episode.has("URN") && !episode.in("URN", NO_URN);
    }
}
