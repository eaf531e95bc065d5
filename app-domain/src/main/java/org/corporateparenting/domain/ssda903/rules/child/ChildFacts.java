package org.corporateparenting.domain.ssda903.rules.child;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Table;

/**
 * What several of the child's rules read the same way: the child's sex in the year's coding (1/2 to 2023-24, M/F/U
 * from 2024-25), the date of birth from the header, whether an episode falls in the collection year, and whether the
 * child is an unaccompanied asylum-seeking child in a year's return.
 */
final class ChildFacts {

    private ChildFacts() {
    }

    /** Whether the year codes sex as M, F and U (from 2024-25) rather than 1 and 2. */
    static boolean lettersForSex(CollectionYear year) {
        return year.startYear() >= 2024;
    }

    static boolean male(ReturnRow row, CollectionYear year) {
        return row.get("SEX").equals(lettersForSex(year) ? "M" : "1");
    }

    static boolean female(ReturnRow row, CollectionYear year) {
        return row.get("SEX").equals(lettersForSex(year) ? "F" : "2");
    }

    /**
     * The sex as M, F or U whichever year's coding it is written in, so that a 2024-25 return's M can be compared
     * with the 1 of the 2023-24 return before it.
     */
    static String sexAsLetter(String value) {
        return switch (value) {
            case "1" -> "M";
            case "2" -> "F";
            default -> value;
        };
    }

    /** The child's date of birth as the header has it; null when the header lacks the child or a real date. */
    static LocalDate born(ReturnFiles files, String child) {
        ReturnRow header = files.header(child);
        return header == null ? null : header.date("DOB");
    }

    /** The date of birth on a row of a file that carries one, else the header's. */
    static LocalDate born(ReturnFiles files, ReturnRow row) {
        LocalDate own = row.date("DOB");
        return own != null ? own : born(files, row.child());
    }

    /** Whether the episode was open at some time in the collection year (begun by its end, not ended before its start). */
    static boolean inYear(ReturnRow episode, ReturnFiles files) {
        LocalDate start = episode.date("DECOM");
        LocalDate end = episode.date("DEC");
        return start != null && !start.isAfter(files.end()) && (end == null || !end.isBefore(files.start()));
    }

    /**
     * Whether the child is unaccompanied and asylum-seeking in this year's return: the header's UASC is 1 where the
     * header has that column (XML returns); where it has none (the DfE's CSV header, and this system's), a row in the
     * UASC file with the child's sex or date ceased marks the child as UASC, as the open-source validators read CSV
     * returns, unless the status ceased before the year began.
     */
    static boolean uasc(ReturnFiles files, String child) {
        return uasc(files.header(child), files.of(Table.UASC, child), files.start());
    }

    /** The same in the previous year's return. */
    static boolean uascLastYear(ReturnFiles files, String child) {
        List<ReturnRow> header = files.lastByChild(Table.HEADER).getOrDefault(child, List.of());
        return uasc(header.isEmpty() ? null : header.get(0), files.lastByChild(Table.UASC).getOrDefault(child, List.of()),
                files.start().minusYears(1));
    }

    private static boolean uasc(ReturnRow header, List<ReturnRow> uascRows, LocalDate yearStart) {
        if (header != null && header.values().containsKey("UASC")) {
            return header.in("UASC", "1");
        }
        for (ReturnRow row : uascRows) {
            LocalDate ceased = row.date("DUC");
            if ((row.has("DUC") || row.has("SEX")) && (ceased == null || !ceased.isBefore(yearStart))) {
                return true;
            }
        }
        return false;
    }

    /** A value read as a DD/MM/YYYY date, strictly; null when it is not one. */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value, ReturnRow.DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first row of a child's rows, or null. */
    static ReturnRow first(List<ReturnRow> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
