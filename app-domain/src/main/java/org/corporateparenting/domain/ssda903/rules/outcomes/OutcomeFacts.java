package org.corporateparenting.domain.ssda903.rules.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corporateparenting.domain.episode.LookedAfter;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Table;

/**
 * What the outcome rules read the same way: the OC2, OC3 and AD1 field groups, a child's date of birth and ages, the
 * OC2 cohort (looked after continuously for 12 months at 31 March), being looked after on 31 March, and a child's rows
 * of a file in date order. Dates are read by {@link ReturnRow#date} only for rows a rule applies to.
 */
final class OutcomeFacts {

    /** The OC2 items about children looked after continuously for 12 months. */
    static final String[] TWELVE_MONTHS = {"CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
        "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"};

    /** The four OC2 items every child of the cohort has (rules 182, 191, 544, 547). */
    static final String[] HEALTH = {"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"};

    /** Care leavers' information in OC3. */
    static final String[] CARE_LEAVER = {"IN_TOUCH", "ACTIV", "ACCOM"};

    /** The AD1 items on an adoption. */
    static final String[] ADOPTION = {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"};

    private OutcomeFacts() {
    }

    static boolean any(ReturnRow row, String... fields) {
        for (String field : fields) {
            if (row.has(field)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyBlank(ReturnRow row, String... fields) {
        for (String field : fields) {
            if (row.blank(field)) {
                return true;
            }
        }
        return false;
    }

    /** The fields of the row that are filled, for naming in a failure. */
    static String[] filled(ReturnRow row, String... fields) {
        List<String> found = new ArrayList<>();
        for (String field : fields) {
            if (row.has(field)) {
                found.add(field);
            }
        }
        return found.toArray(String[]::new);
    }

    /** The child's date of birth from the header, else from the row itself (OC2, OC3 and AD1 carry DOB); or null. */
    static LocalDate born(ReturnFiles files, ReturnRow row) {
        ReturnRow header = files.header(row.child());
        LocalDate born = header == null ? null : header.date("DOB");
        return born != null ? born : row.date("DOB");
    }

    /** Whole years of age at 31 March, or -1 without a date of birth. */
    static int ageAtEnd(ReturnFiles files, ReturnRow row) {
        return ReturnFiles.age(born(files, row), files.end());
    }

    /** Whole years of age on 1 April, or -1 without a date of birth. */
    static int ageAtStart(ReturnFiles files, ReturnRow row) {
        return ReturnFiles.age(born(files, row), files.start());
    }

    /**
     * The OC2 cohort, looked after continuously for 12 months at 31 March, as the DfE's 903 validation rules define it:
     * the child's first episode this year began on or before 1 April, and no episode this year ended on or after 1 April
     * with a reason other than X1 (care ceased), began after 1 April with reason S (care began), or was a short break
     * (legal status V3 or V4, {@link LookedAfter#SHORT_BREAKS}) open on or after 1 April. Only the dates needed are read.
     */
    static boolean twelveMonths(ReturnFiles files, String child) {
        List<ReturnRow> episodes = files.episodes(child);
        if (episodes.isEmpty()) {
            return false;
        }
        LocalDate first = episodes.get(0).date("DECOM");
        if (first == null || first.isAfter(files.start())) {
            return false;
        }
        for (ReturnRow episode : episodes) {
            boolean shortBreak = LookedAfter.SHORT_BREAKS.contains(episode.get("LS"));
            boolean ceased = episode.has("REC") && !episode.in("REC", "X1");
            if (shortBreak || ceased) {
                LocalDate end = episode.date("DEC");
                if (shortBreak && episode.blank("DEC") || end != null && !end.isBefore(files.start())) {
                    return false;
                }
            }
            if (episode.in("RNE", "S")) {
                LocalDate start = episode.date("DECOM");
                if (start != null && start.isAfter(files.start())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The episode the child is looked after under at the end of 31 March, or null. */
    static ReturnRow openAtEnd(ReturnFiles files, String child) {
        return openAtEndOf(files, child, files.end());
    }

    /**
     * The episode the child is looked after under at the end of the day (one other than a short break, begun by then,
     * with no end or one after it; the latest such), or null.
     */
    static ReturnRow openAtEndOf(ReturnFiles files, String child, LocalDate day) {
        List<ReturnRow> episodes = files.episodes(child);
        for (int i = episodes.size() - 1; i >= 0; i--) {
            ReturnRow episode = episodes.get(i);
            if (LookedAfter.SHORT_BREAKS.contains(episode.get("LS"))) {
                continue;
            }
            LocalDate start = episode.date("DECOM");
            if (start == null || start.isAfter(day)) {
                continue;
            }
            if (episode.blank("DEC")) {
                return episode;
            }
            LocalDate end = episode.date("DEC");
            if (end != null && end.isAfter(day)) {
                return episode;
            }
        }
        return null;
    }

    /** The child's rows with a real date in the column, in date order (file order on a tie); each date read once. */
    static List<ReturnRow> byDate(List<ReturnRow> rows, String column) {
        if (rows.size() == 1) {
            return rows.get(0).date(column) == null ? List.of() : rows;
        }
        List<Dated> dated = new ArrayList<>(rows.size());
        for (ReturnRow row : rows) {
            LocalDate date = row.date(column);
            if (date != null) {
                dated.add(new Dated(date, row));
            }
        }
        dated.sort(Comparator.comparing(Dated::date).thenComparingInt(one -> one.row().row()));
        List<ReturnRow> sorted = new ArrayList<>(dated.size());
        dated.forEach(one -> sorted.add(one.row()));
        return sorted;
    }

    private record Dated(LocalDate date, ReturnRow row) {
    }

    /**
     * The row a failure about a child as a whole is shown on: the child's first row of the file this year, else their
     * header row, else their first episode; null when the child is in none of these.
     */
    static ReturnRow childRow(ReturnFiles files, String child, Table table) {
        List<ReturnRow> rows = files.of(table, child);
        if (!rows.isEmpty()) {
            return rows.get(0);
        }
        ReturnRow header = files.header(child);
        if (header != null) {
            return header;
        }
        List<ReturnRow> episodes = files.of(Table.EPISODES, child);
        return episodes.isEmpty() ? null : episodes.get(0);
    }
}
