package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on social worker episodes (SWEpisodes, collected from 2023-24): each episode's worker, start, end and
 * reason for the change ({@link Ssda903Codes#SOCIAL_WORKER_CHANGE}, required for an episode begun on or after 1 April
 * 2023, the collection's first day, as the open-source validators read it), within the year, one worker at a time,
 * and for a child looked after at 31 March a worker for the whole year and at its end. The social worker reporting
 * period is the collection year.
 */
final class SocialWorkerRules {

    /** The first day a social worker episode's reason for the change was collected. */
    private static final LocalDate REASONS_FROM = LocalDate.of(2023, 4, 1);

    /**
     * SW01STG1 (2023-24): a child looked after on 31 March has no social worker episode. The failure is shown on the
     * child's open episode.
     */
    static final Rule NONE_FOR_LOOKED_AFTER = rule("SW01STG1", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                if (files.of(Table.SW_EPISODES, child).isEmpty()) {
                    ReturnRow open = OutcomeFacts.openAtEnd(files, child);
                    if (open != null) {
                        out.fail(open, "DEC");
                    }
                }
            }));

    /**
     * SW01aSTG1 (from 2024-25): an episode's worker or start is blank. Reading: SW01a and SW01b share the DfE's
     * message; SW01a is read as an episode begun before 1 April 2023 or with no start (no reason needed), SW01b as one
     * begun on or after it (reason needed), so each incomplete episode fails one of them.
     */
    static final Rule INCOMPLETE_OLD = sw("SW01aSTG1", (files, row, out) -> {
        if (!reasonRequired(row) && (row.blank("SW_ID") || row.blank("SW_DECOM"))) {
            out.fail(row, "SW_DECOM", "SW_ID");
        }
    });

    /** SW01bSTG1 (from 2024-25): an episode begun on or after 1 April 2023 lacks its worker or reason for the change. */
    static final Rule INCOMPLETE = sw("SW01bSTG1", (files, row, out) -> {
        if (reasonRequired(row) && (row.blank("SW_ID") || row.blank("SW_REASON"))) {
            out.fail(row, "SW_DECOM", "SW_ID", "SW_REASON");
        }
    });

    /** SW02STG1: the social worker's ID is filled but does not begin SW or XX. */
    static final Rule WORKER_ID = sw("SW02STG1", (files, row, out) -> {
        String id = row.get("SW_ID");
        if (!id.isEmpty() && !id.startsWith("SW") && !id.startsWith("XX")) {
            out.fail(row, "SW_ID");
        }
    });

    /**
     * SW03STG1 (2023-24): an episode's worker or start is blank, or its reason for the change where one is needed
     * (begun on or after 1 April 2023).
     */
    static final Rule INCOMPLETE_2023 = sw("SW03STG1", (files, row, out) -> {
        if (row.blank("SW_ID") || row.blank("SW_DECOM") || reasonRequired(row) && row.blank("SW_REASON")) {
            out.fail(row, "SW_ID", "SW_DECOM", "SW_REASON");
        }
    });

    /** SW04STG1: the start is filled but not a real date; a blank start is SW01a's or SW03's. */
    static final Rule START_DATE = sw("SW04STG1", (files, row, out) -> {
        if (row.badDate("SW_DECOM")) {
            out.fail(row, "SW_DECOM");
        }
    });

    /** SW05STG1: the end is filled but not a real date (the DfE's message says "began"; the field is SW_DEC). */
    static final Rule END_DATE = sw("SW05STG1", (files, row, out) -> {
        if (row.badDate("SW_DEC")) {
            out.fail(row, "SW_DEC");
        }
    });

    /**
     * SW06STG2: the episode began after 31 March. Reading: an episode begun before 1 April and open then belongs to the
     * year; one that ended before it is SW07's.
     */
    static final Rule START_IN_YEAR = sw("SW06STG2", (files, row, out) -> {
        LocalDate start = row.date("SW_DECOM");
        if (start != null && start.isAfter(files.end())) {
            out.fail(row, "SW_DECOM");
        }
    });

    /** SW07STG2: the episode ended before 1 April or after 31 March. */
    static final Rule END_IN_YEAR = sw("SW07STG2", (files, row, out) -> {
        LocalDate end = row.date("SW_DEC");
        if (end != null && (end.isBefore(files.start()) || end.isAfter(files.end()))) {
            out.fail(row, "SW_DEC");
        }
    });

    /** SW08STG2: a later episode (by start) began but this one has no end; the earlier, open one fails. */
    static final Rule PREVIOUS_OPEN = sequence("SW08STG2", (before, after, out) -> {
        if (before.blank("SW_DEC")) {
            out.fail(before, "SW_DEC");
        }
    });

    /** SW09STG2: the episode ended the day it began (under 24 hours, as far as dates show). */
    static final Rule SAME_DAY = sw("SW09STG2", (files, row, out) -> {
        LocalDate end = row.date("SW_DEC");
        if (end != null && end.equals(row.date("SW_DECOM"))) {
            out.fail(row, "SW_DECOM", "SW_DEC");
        }
    });

    /** SW10STG2: an episode began before the previous one (by start) ended; a change on the day it ended is not. */
    static final Rule OVERLAP = sequence("SW10STG2", (before, after, out) -> {
        LocalDate ended = before.date("SW_DEC");
        if (ended != null && after.date("SW_DECOM").isBefore(ended)) {
            out.fail(after, "SW_DECOM");
        }
    });

    /**
     * SW11aSTG2 (2023-24): the child's last social worker episode ended before 31 March though they are looked after on
     * 31 March. Reading: SW11a and SW11b share the DfE's message; for 2023-24, when both are listed, SW11a is read as a
     * child still looked after at 31 March and SW11b as one whose care went on after the worker's episode ended but
     * ended in the year; from 2024-25 SW11b covers both.
     */
    static final Rule ENDED_LOOKED_AFTER = rule("SW11aSTG2", (files, out) -> files.byChild(Table.SW_EPISODES)
            .forEach((child, rows) -> {
                ReturnRow last = endedEarly(files, rows);
                if (last != null && OutcomeFacts.openAtEnd(files, child) != null) {
                    out.fail(last, "SW_DEC");
                }
            }));

    /** SW11bSTG2: the child's last social worker episode ended before 31 March while the child was still looked after. */
    static final Rule ENDED_IN_CARE = rule("SW11bSTG2", (files, out) -> files.byChild(Table.SW_EPISODES)
            .forEach((child, rows) -> {
                ReturnRow last = endedEarly(files, rows);
                if (last == null || OutcomeFacts.openAtEndOf(files, child, last.date("SW_DEC")) == null) {
                    return;
                }
                boolean both = files.year().startYear() == 2023;
                if (!both || OutcomeFacts.openAtEnd(files, child) == null) {
                    out.fail(last, "SW_DEC");
                }
            }));

    /**
     * SW12STG2: a child looked after on 31 March has social worker episodes for the whole year: the first begins on or
     * before 1 April (or the day the child was born, if later), and each later one on or before the day the one before
     * ended. Reading: a child with no episodes at all is SW01's and SW17's; the first episode, or the one after a gap,
     * fails.
     */
    static final Rule WHOLE_YEAR = rule("SW12STG2", (files, out) -> files.byChild(Table.SW_EPISODES)
            .forEach((child, rows) -> {
                if (OutcomeFacts.openAtEnd(files, child) == null) {
                    return;
                }
                List<ReturnRow> sorted = OutcomeFacts.byDate(rows, "SW_DECOM");
                if (sorted.isEmpty()) {
                    return;
                }
                LocalDate born = OutcomeFacts.born(files, sorted.get(0));
                LocalDate from = born != null && born.isAfter(files.start()) ? born : files.start();
                if (sorted.get(0).date("SW_DECOM").isAfter(from)) {
                    out.fail(sorted.get(0), "SW_DECOM");
                }
                for (int i = 1; i < sorted.size(); i++) {
                    LocalDate ended = sorted.get(i - 1).date("SW_DEC");
                    if (ended != null && sorted.get(i).date("SW_DECOM").isAfter(ended)) {
                        out.fail(sorted.get(i), "SW_DECOM");
                    }
                }
            }));

    /**
     * SW13STG1: the reason for the change is not on {@link Ssda903Codes#SOCIAL_WORKER_CHANGE}, or is blank for an
     * episode begun on or after 1 April 2023. Reading: 2023-24's message says "either not valid or has not been
     * entered"; from 2024-25 it says only "not valid", but a blank is still not a valid reason, as the open-source
     * validators read it, so a blank reason also fails SW01b there.
     */
    static final Rule REASON = sw("SW13STG1", (files, row, out) -> {
        boolean invalid = row.has("SW_REASON")
                && !Ssda903Codes.SOCIAL_WORKER_CHANGE.isValid(row.get("SW_REASON"), files.year());
        if (invalid || row.blank("SW_REASON") && reasonRequired(row)) {
            out.fail(row, "SW_REASON");
        }
    });

    /**
     * SW14STG2 (2023-24): a social worker episode has no end date though the child's care ended in the year and they are
     * not looked after on 31 March. Reading: the DfE's message says only that the end is blank; a blank end is right for
     * a child still looked after, and a blank end before a later episode is SW08's.
     */
    static final Rule END_BLANK = rule("SW14STG2", (files, out) -> files.byChild(Table.SW_EPISODES)
            .forEach((child, rows) -> {
                if (!files.of(Table.EPISODES, child).isEmpty() && OutcomeFacts.openAtEnd(files, child) == null) {
                    rows.stream().filter(row -> row.blank("SW_DEC")).forEach(row -> out.fail(row, "SW_DEC"));
                }
            }));

    /**
     * SW17STG2 (from 2025-26): a child looked after on 31 March has no social worker episode open then (begun by 31
     * March, with no end or one after it). The child's last episode fails, or their open care episode when they have no
     * social worker episode at all.
     */
    static final Rule NONE_OPEN = rule("SW17STG2", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                ReturnRow inCare = OutcomeFacts.openAtEnd(files, child);
                if (inCare == null) {
                    return;
                }
                List<ReturnRow> rows = files.of(Table.SW_EPISODES, child);
                boolean open = rows.stream().anyMatch(row -> {
                    LocalDate start = row.date("SW_DECOM");
                    LocalDate end = row.date("SW_DEC");
                    return start != null && !start.isAfter(files.end()) && (row.blank("SW_DEC") || end != null
                            && end.isAfter(files.end()));
                });
                if (!open) {
                    List<ReturnRow> sorted = OutcomeFacts.byDate(rows, "SW_DECOM");
                    if (sorted.isEmpty()) {
                        out.fail(inCare, "DEC");
                    } else {
                        out.fail(sorted.get(sorted.size() - 1), "SW_DEC", "SW_DECOM");
                    }
                }
            }));

    private SocialWorkerRules() {
    }

    static List<Rule> rules() {
        return List.of(NONE_FOR_LOOKED_AFTER, INCOMPLETE_OLD, INCOMPLETE, WORKER_ID, INCOMPLETE_2023, START_DATE, END_DATE,
                START_IN_YEAR, END_IN_YEAR, PREVIOUS_OPEN, SAME_DAY, OVERLAP, ENDED_LOOKED_AFTER, ENDED_IN_CARE, WHOLE_YEAR,
                REASON, END_BLANK, NONE_OPEN);
    }


    /** What a rule checks of two of a child's episodes in a row, by start. */
    private interface PairCheck {
        void check(ReturnRow before, ReturnRow after, Failures out);
    }

    private static Rule sw(String code, Rule.RowCheck check) {
        return rule(code, (files, out) -> files.rows(Table.SW_EPISODES).forEach(row -> check.check(files, row, out)));
    }

    private static Rule sequence(String code, PairCheck check) {
        return rule(code, (files, out) -> files.byChild(Table.SW_EPISODES).values().forEach(rows -> {
            if (rows.size() > 1) {
                List<ReturnRow> sorted = OutcomeFacts.byDate(rows, "SW_DECOM");
                for (int i = 1; i < sorted.size(); i++) {
                    check.check(sorted.get(i - 1), sorted.get(i), out);
                }
            }
        }));
    }

    /** An episode begun on or after 1 April 2023 needs its reason for the change. */
    private static boolean reasonRequired(ReturnRow row) {
        LocalDate start = row.date("SW_DECOM");
        return start != null && !start.isBefore(REASONS_FROM);
    }

    /** The child's last episode (by start) if it ended before 31 March, else null. */
    private static ReturnRow endedEarly(ReturnFiles files, List<ReturnRow> rows) {
        List<ReturnRow> sorted = OutcomeFacts.byDate(rows, "SW_DECOM");
        if (sorted.isEmpty()) {
            return null;
        }
        ReturnRow last = sorted.get(sorted.size() - 1);
        LocalDate end = last.date("SW_DEC");
        return end != null && end.isBefore(files.end()) ? last : null;
    }
}
