package org.corporateparenting.domain.ssda903.rules.periods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Table;

/**
 * What the period rules read from a child's episodes in order: whether an episode ended the child's being looked after
 * (a reason ceased other than X1), the periods of care those endings divide the episodes into, short breaks (legal
 * status V3 or V4), and who is or was an unaccompanied asylum-seeking child. The episode rules read the same readings
 * (its public methods), so that each is defined once.
 */
public final class Chains {

    /** Placements the DfE counts as placed for adoption. */
    static final Set<String> PLACED_FOR_ADOPTION = Ssda903Codes.PLACED_FOR_ADOPTION;

    /** Reasons ceased meaning the child was adopted. */
    static final Set<String> ADOPTED = Set.of("E11", "E12");

    /** The fields saying where and with whom a child is placed (rules 434 to 436, "the placement"). */
    static final String[] PLACEMENT = {"PLACE", "PL_POST", "URN", "PLACE_PROVIDER"};

    /** Care leavers' information in OC3. */
    static final String[] CARE_LEAVER = {"IN_TOUCH", "ACTIV", "ACCOM"};

    private Chains() {
    }

    /** The episode ended the period of care: its reason ceased is given and is not X1 (a new episode the same day). */
    public static boolean ceased(ReturnRow episode) {
        return episode.has("REC") && !episode.in("REC", "X1");
    }

    /** The episode is an agreed series of short breaks (legal status V3 or V4). */
    public static boolean respite(ReturnRow episode) {
        return episode.in("LS", "V3", "V4");
    }

    /**
     * A child's episodes (in start order) as periods of care: a period ends with an episode that ceased the child's
     * being looked after, and a new period also begins at an episode whose reason is S (started to be looked after).
     */
    public static List<List<ReturnRow>> periods(List<ReturnRow> episodes) {
        List<List<ReturnRow>> periods = new ArrayList<>();
        List<ReturnRow> current = null;
        ReturnRow previous = null;
        for (ReturnRow episode : episodes) {
            if (current == null || ceased(previous) || episode.in("RNE", "S")) {
                current = new ArrayList<>();
                periods.add(current);
            }
            current.add(episode);
            previous = episode;
        }
        return periods;
    }

    /** The day a period ended (its last episode's DEC when that episode ceased care), or null when still open. */
    public static LocalDate end(List<ReturnRow> period) {
        ReturnRow last = period.get(period.size() - 1);
        return ceased(last) ? Dates.of(last, "DEC") : null;
    }

    /** Whether any field of the row is filled. */
    static boolean any(ReturnRow row, String... fields) {
        for (String field : fields) {
            if (row.has(field)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the field holds the same value (blank equal to blank) in both rows. */
    public static boolean same(ReturnRow one, ReturnRow other, String field) {
        return one.get(field).equals(other.get(field));
    }

    /** Whether every one of the fields holds the same value in both rows. */
    static boolean allSame(ReturnRow one, ReturnRow other, String... fields) {
        for (String field : fields) {
            if (!same(one, other, field)) {
                return false;
            }
        }
        return true;
    }

    /** The child's date of birth from the header, else from the row itself (OC2, OC3 and others carry DOB). */
    static LocalDate born(ReturnFiles files, String child, ReturnRow row) {
        ReturnRow header = files.header(child);
        LocalDate born = header == null ? null : Dates.of(header, "DOB");
        return born != null ? born : Dates.of(row, "DOB");
    }

    /**
     * The children who are or were unaccompanied asylum-seeking children as far as the loaded files show: a UASC row
     * with the date UASC status ceased, or UASC=1 in the header where that column is sent, this year or last.
     */
    public static Set<String> uasc(ReturnFiles files) {
        Set<String> children = new HashSet<>();
        for (List<ReturnRow> rows : List.of(files.rows(Table.UASC), files.last(Table.UASC))) {
            rows.stream().filter(row -> row.has("DUC")).forEach(row -> children.add(row.child()));
        }
        for (List<ReturnRow> rows : List.of(files.rows(Table.HEADER), files.last(Table.HEADER))) {
            rows.stream().filter(row -> row.in("UASC", "1")).forEach(row -> children.add(row.child()));
        }
        return children;
    }

    /** The 903 code for a girl in the year: 2 until 2023-24, F from 2024-25. */
    static boolean female(ReturnFiles files, ReturnRow header) {
        return header.in("SEX", files.year().startYear() >= 2024 ? "F" : "2");
    }
}
