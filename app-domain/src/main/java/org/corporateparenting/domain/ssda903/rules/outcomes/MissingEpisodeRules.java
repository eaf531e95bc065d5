package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.Need;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on the Missing file's own items: whether the child was missing or away without authorisation
 * ({@link Ssda903Codes#MISSING}), the dates the time began and ended, within the year and after birth, one time at once,
 * and a time open at last year's end carried into this year. Times missing against the episodes are the period rules'
 * (575 to 581).
 */
final class MissingEpisodeRules {

    /** 1004: the start date is filled but not a real date; blank is rule 564's. */
    static final Rule START_DATE = missing("1004", (files, row, out) -> {
        if (row.badDate("MIS_START")) {
            out.fail(row, "MIS_START");
        }
    });

    /** 1005: the end date is filled but not a real date (blank: the child is still missing). */
    static final Rule END_DATE = missing("1005", (files, row, out) -> {
        if (row.badDate("MIS_END")) {
            out.fail(row, "MIS_END");
        }
    });

    /** 1006: MISSING is filled but not M (missing) or A (away from placement without authorisation); blank is 565's. */
    static final Rule KIND = missing("1006", (files, row, out) -> {
        if (row.has("MISSING") && !Ssda903Codes.MISSING.isValid(row.get("MISSING"), files.year())) {
            out.fail(row, "MISSING");
        }
    });

    /** 564: MISSING is filled but the start date is blank. */
    static final Rule START_BLANK = missing("564", (files, row, out) -> {
        if (row.has("MISSING") && row.blank("MIS_START")) {
            out.fail(row, "MISSING", "MIS_START");
        }
    });

    /** 565: the start date is filled but MISSING is blank. */
    static final Rule KIND_BLANK_WITH_START = missing("565", (files, row, out) -> {
        if (row.has("MIS_START") && row.blank("MISSING")) {
            out.fail(row, "MISSING", "MIS_START");
        }
    });

    /** 566: the end date is filled but MISSING is blank. */
    static final Rule KIND_BLANK_WITH_END = missing("566", (files, row, out) -> {
        if (row.has("MIS_END") && row.blank("MISSING")) {
            out.fail(row, "MISSING", "MIS_END");
        }
    });

    /** 567: the time missing ended before it began. */
    static final Rule ENDS_AFTER_START = missing("567", (files, row, out) -> {
        LocalDate end = row.date("MIS_END");
        LocalDate start = end == null ? null : row.date("MIS_START");
        if (start != null && end.isBefore(start)) {
            out.fail(row, "MIS_START", "MIS_END");
        }
    });

    /** 570: the time missing began after 31 March. */
    static final Rule START_IN_YEAR = missing("570", (files, row, out) -> {
        LocalDate start = row.date("MIS_START");
        if (start != null && start.isAfter(files.end())) {
            out.fail(row, "MIS_START");
        }
    });

    /** 571: the time missing ended before 1 April or after 31 March. */
    static final Rule END_IN_YEAR = missing("571", (files, row, out) -> {
        LocalDate end = row.date("MIS_END");
        if (end != null && (end.isBefore(files.start()) || end.isAfter(files.end()))) {
            out.fail(row, "MIS_END");
        }
    });

    /**
     * 574: a time missing began while the child's previous one (by start date) was still open, or before it ended.
     * Reading: a time may begin the day the previous one ended (the child came back and went again); the later time
     * fails.
     */
    static final Rule NO_OVERLAP = rule("574", (files, out) -> files.byChild(Table.MISSING).values().forEach(rows -> {
        if (rows.size() < 2) {
            return;
        }
        List<ReturnRow> sorted = OutcomeFacts.byDate(rows, "MIS_START");
        for (int i = 1; i < sorted.size(); i++) {
            ReturnRow before = sorted.get(i - 1);
            LocalDate ended = before.date("MIS_END");
            if (before.blank("MIS_END") || ended != null && sorted.get(i).date("MIS_START").isBefore(ended)) {
                out.fail(sorted.get(i), "MIS_START", "MIS_END");
            }
        }
    }));

    /**
     * 576: a time missing open at the end of last year's return (no end date) has no time this year with the same
     * start. Reading: the failure is shown on the child's first Missing row this year, else their header row (field
     * CHILD, as the list names).
     */
    static final Rule CARRIED_FROM_LAST_YEAR = rule("576", (files, out) -> files.lastByChild(Table.MISSING)
            .forEach((child, rows) -> {
                for (ReturnRow last : rows) {
                    if (last.blank("MIS_END") && last.has("MIS_START") && files.of(Table.MISSING, child).stream()
                            .noneMatch(now -> now.get("MIS_START").equals(last.get("MIS_START")))) {
                        ReturnRow shown = OutcomeFacts.childRow(files, child, Table.MISSING);
                        if (shown != null) {
                            out.fail(shown, "CHILD");
                        }
                        return;
                    }
                }
            })).needing(Need.PREVIOUS_YEAR);

    /** 586: the time missing began before the child's date of birth. */
    static final Rule AFTER_BIRTH = missing("586", (files, row, out) -> {
        LocalDate start = row.date("MIS_START");
        if (start != null) {
            LocalDate born = OutcomeFacts.born(files, row);
            if (born != null && start.isBefore(born)) {
                out.fail(row, "MIS_START");
            }
        }
    });

    private MissingEpisodeRules() {
    }

    static List<Rule> rules() {
        return List.of(START_DATE, END_DATE, KIND, START_BLANK, KIND_BLANK_WITH_START, KIND_BLANK_WITH_END,
                ENDS_AFTER_START, START_IN_YEAR, END_IN_YEAR, NO_OVERLAP, CARRIED_FROM_LAST_YEAR, AFTER_BIRTH);
    }


    private static Rule missing(String code, Rule.RowCheck check) {
        return Rule.eachRow(code, Table.MISSING, check);
    }
}
