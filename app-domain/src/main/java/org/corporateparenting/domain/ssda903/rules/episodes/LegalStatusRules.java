package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;
import org.corporateparenting.domain.ssda903.rules.periods.Chains;

/**
 * The 903 rules on legal statuses: the short orders' longest durations under the Children Act 1989 and PACE (police
 * protection, emergency protection, child assessment, PACE accommodation), short breaks (V3: each break at most 17
 * days, 75 days in the year, no placement change within a break; no temporary or long-term foster placement under V3 or
 * V4), and section 20 accommodation with parents.
 *
 * <p>Reading for the durations: an order's time is a spell of the child's episodes under that status one after another
 * (each beginning the day the one before ended, as when the placement changes under the same order), from the first's
 * start to the last's end, or to the end of the collection year while the last is open; every episode of a spell too
 * long fails.
 */
final class LegalStatusRules {

    /** 361: police protection (L1) lasted more than 72 hours (more than three days). */
    static final Rule POLICE_PROTECTION = longest("361", "L1", 3);

    /** 362: an emergency protection order (L2) lasted more than 21 days. */
    static final Rule EMERGENCY_PROTECTION = longest("362", "L2", 21);

    /** 363: a child assessment order (L3) lasted more than 7 days. */
    static final Rule CHILD_ASSESSMENT = longest("363", "L3", 7);

    /**
     * 364: accommodation under PACE (J2) lasted too long. Reading: the DfE names no limit in its message; 21 days, as the
     * open-source 903 validators take it.
     */
    static final Rule PACE = longest("364", "J2", 21);

    /** 365: one short break (an episode under V3) lasted more than 17 days (an open one counted to the year's end). */
    static final Rule BREAK_TOO_LONG = rule("365", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("LS", "V3")) {
            LocalDate start = row.date("DECOM");
            if (start != null && Episodes.days(start, Episodes.endOrYearEnd(row, files)) > 17) {
                out.fail(row, "LS", "DECOM", "DEC");
            }
        }
    }));

    /** 366: an episode under V3 has a reason for new episode other than S: each break is an episode of its own. */
    static final Rule CHANGE_WITHIN_BREAK = rule("366", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("LS", "V3") && !row.in("RNE", "S")) {
            out.fail(row, "RNE");
        }
    }));

    /**
     * 367: a child's short breaks (V3) add up to more than 75 days. Reading: "any 12-month period" as the collection
     * year, each break's days counted within the year (an open one to its end); every V3 episode of such a child fails.
     */
    static final Rule BREAKS_OVER_75_DAYS = rule("367", (files, out) -> files.byChild(Table.EPISODES)
            .forEach((child, episodes) -> {
                long total = 0;
                List<ReturnRow> breaks = new ArrayList<>();
                for (ReturnRow row : episodes) {
                    if (!row.in("LS", "V3") || row.date("DECOM") == null) {
                        continue;
                    }
                    LocalDate start = max(row.date("DECOM"), files.start());
                    LocalDate end = min(Episodes.endOrYearEnd(row, files), files.end());
                    long days = Episodes.days(start, end);
                    if (days > 0) {
                        total += days;
                        breaks.add(row);
                    }
                }
                if (total > 75) {
                    out.failAll(breaks, "LS", "DECOM", "DEC");
                }
            }));

    /** 378: placed with parents (P1) under a single period of section 20 accommodation (V2). */
    static final Rule PARENTS_UNDER_SECTION_20 = rule("378", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("PLACE", "P1") && row.in("LS", "V2")) {
            out.fail(row, "PLACE", "LS");
        }
    }));

    /** 382: a short break (V3 or V4) in a temporary placement (T0 to T4). */
    static final Rule TEMPORARY_IN_BREAK = rule("382", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (Chains.respite(row) && Episodes.temporary(row)) {
            out.fail(row, "LS", "PLACE");
        }
    }));

    /** 384: a short break (V3 or V4) in a long-term foster placement (U1 or U4). */
    static final Rule LONG_TERM_FOSTERING_IN_BREAK = rule("384", (files, out) -> files.rows(Table.EPISODES)
            .forEach(row -> {
                if (Chains.respite(row) && row.in("PLACE", "U1", "U4")) {
                    out.fail(row, "PLACE", "LS");
                }
            }));

    private LegalStatusRules() {
    }

    static List<Rule> rules() {
        return List.of(POLICE_PROTECTION, EMERGENCY_PROTECTION, CHILD_ASSESSMENT, PACE, BREAK_TOO_LONG,
                CHANGE_WITHIN_BREAK, BREAKS_OVER_75_DAYS, PARENTS_UNDER_SECTION_20, TEMPORARY_IN_BREAK,
                LONG_TERM_FOSTERING_IN_BREAK);
    }

    /** The rule that a spell under the legal status lasts no more than the given days. */
    private static Rule longest(String code, String status, int days) {
        return rule(code, (files, out) -> files.byChild(Table.EPISODES).forEach((child, rows) -> {
            if (!Episodes.any(rows, "LS", status)) {
                return;
            }
            List<ReturnRow> spell = new ArrayList<>();
            LocalDate spellStart = null;
            LocalDate spellEnd = null;
            for (ReturnRow row : files.episodes(child)) {
                LocalDate start = row.in("LS", status) ? row.date("DECOM") : null;
                if (start == null) {
                    check(spell, spellStart, spellEnd, days, out);
                    spell.clear();
                    continue;
                }
                if (spell.isEmpty() || spellEnd == null || !start.equals(spellEnd)) {
                    check(spell, spellStart, spellEnd, days, out);
                    spell.clear();
                    spellStart = start;
                }
                spell.add(row);
                spellEnd = row.date("DEC");
            }
            check(spell, spellStart, spellEnd == null ? files.end() : spellEnd, days, out);
        }));
    }

    private static void check(List<ReturnRow> spell, LocalDate start, LocalDate end, int days,
            Failures out) {
        if (!spell.isEmpty() && start != null && end != null && Episodes.days(start, end) > days) {
            out.failAll(spell, "DECOM", "LS", "DEC");
        }
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
