package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.Need;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on deprivation of liberty orders (DoLo, collected from 2026-27): each order's start and end, within
 * the year and after birth, one order at a time, an order open at last year's end carried into this year, an end when
 * care ends, and the placements a child under an order may be in. An episode is in an order's time when it began by
 * the order's end (or 31 March while the order is open) and ended after the order began (or is open).
 */
final class DeprivationOfLibertyRules {

    /**
     * The placements the DfE expects under an order (rule 709): children's homes (K2) and the other placements Z12 and
     * Z13, as the open-source validators read the rule.
     */
    private static final Set<String> EXPECTED = Set.of("K2", "Z12", "Z13");

    /**
     * The placements a child under an order may not be in (rule 710): a secure children's home (K1), with parents (P1),
     * a young offender institution or prison (R5), supported accommodation (K3, and H5 before it).
     */
    private static final Set<String> FORBIDDEN = Set.of("K1", "P1", "R5", "K3", "H5");

    /** 700: the order's start is blank or not a real date (every order has a start). */
    static final Rule START_DATE = dolo("700", (files, row, out) -> {
        if (row.date("DOLO_START") == null) {
            out.fail(row, "DOLO_START");
        }
    });

    /** 701: the order's end is filled but not a real date (blank: the order is still in force). */
    static final Rule END_DATE = dolo("701", (files, row, out) -> {
        if (row.badDate("DOLO_END")) {
            out.fail(row, "DOLO_END");
        }
    });

    /** 702: the order ended before it began. */
    static final Rule ENDS_AFTER_START = dolo("702", (files, row, out) -> {
        LocalDate end = row.date("DOLO_END");
        LocalDate start = end == null ? null : row.date("DOLO_START");
        if (start != null && end.isBefore(start)) {
            out.fail(row, "DOLO_START", "DOLO_END");
        }
    });

    /** 703: the order began after 31 March. */
    static final Rule START_IN_YEAR = dolo("703", (files, row, out) -> {
        LocalDate start = row.date("DOLO_START");
        if (start != null && start.isAfter(files.end())) {
            out.fail(row, "DOLO_START");
        }
    });

    /** 704: the order ended before 1 April or after 31 March. */
    static final Rule END_IN_YEAR = dolo("704", (files, row, out) -> {
        LocalDate end = row.date("DOLO_END");
        if (end != null && (end.isBefore(files.start()) || end.isAfter(files.end()))) {
            out.fail(row, "DOLO_END");
        }
    });

    /** 705: an order began while the child's previous one (by start) was still open; the later order fails. */
    static final Rule PREVIOUS_OPEN = rule("705", (files, out) -> files.byChild(Table.DOLO).values().forEach(rows -> {
        if (rows.size() > 1) {
            List<ReturnRow> sorted = OutcomeFacts.byDate(rows, "DOLO_START");
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).blank("DOLO_END")) {
                    out.fail(sorted.get(i), "DOLO_START", "DOLO_END");
                }
            }
        }
    }));

    /**
     * 706: an order open at the end of last year's return has no order this year with the same start. The failure is
     * shown on the child's first order this year, else their header row.
     */
    static final Rule CARRIED_FROM_LAST_YEAR = rule("706", (files, out) -> files.lastByChild(Table.DOLO)
            .forEach((child, rows) -> {
                for (ReturnRow last : rows) {
                    if (last.blank("DOLO_END") && last.has("DOLO_START") && files.of(Table.DOLO, child).stream()
                            .noneMatch(now -> now.get("DOLO_START").equals(last.get("DOLO_START")))) {
                        ReturnRow shown = OutcomeFacts.childRow(files, child, Table.DOLO);
                        if (shown != null) {
                            out.fail(shown, "DOLO_START");
                        }
                        return;
                    }
                }
            })).needing(Need.PREVIOUS_YEAR);

    /**
     * 707: the child ceased to be looked after (their last episode by start ended, with a reason other than X1) but an
     * order has no end date.
     */
    static final Rule ENDS_WITH_CARE = rule("707", (files, out) -> files.byChild(Table.DOLO).forEach((child, rows) -> {
        List<ReturnRow> episodes = files.episodes(child);
        if (episodes.isEmpty()) {
            return;
        }
        ReturnRow last = episodes.get(episodes.size() - 1);
        if (last.has("DEC") && last.has("REC") && !last.in("REC", "X1")) {
            rows.stream().filter(row -> row.blank("DOLO_END")).forEach(row -> out.fail(row, "DOLO_END"));
        }
    }));

    /** 708: the order began before the child's date of birth. */
    static final Rule AFTER_BIRTH = dolo("708", (files, row, out) -> {
        LocalDate start = row.date("DOLO_START");
        LocalDate born = start == null ? null : OutcomeFacts.born(files, row);
        if (born != null && start.isBefore(born)) {
            out.fail(row, "DOLO_START");
        }
    });

    /**
     * 709: an episode in an order's time has a placement neither expected under an order (K2, Z12, Z13) nor one rule
     * 710 forbids (that is 710's failure). Reading: the list's PLACEMENT is the episode's PLACE, and the episode fails,
     * once however many orders it is in, so the analyst sees the placement.
     */
    static final Rule UNEXPECTED_PLACEMENT = placements("709", place -> !EXPECTED.contains(place) && !FORBIDDEN.contains(place));

    /** 710: an episode in an order's time is in a secure children's home, with parents, in custody or supported accommodation. */
    static final Rule FORBIDDEN_PLACEMENT = placements("710", FORBIDDEN::contains);

    private DeprivationOfLibertyRules() {
    }

    static List<Rule> rules() {
        return List.of(START_DATE, END_DATE, ENDS_AFTER_START, START_IN_YEAR, END_IN_YEAR, PREVIOUS_OPEN,
                CARRIED_FROM_LAST_YEAR, ENDS_WITH_CARE, AFTER_BIRTH, UNEXPECTED_PLACEMENT, FORBIDDEN_PLACEMENT);
    }


    private static Rule dolo(String code, Rule.RowCheck check) {
        return Rule.eachRow(code, Table.DOLO, check);
    }

    /** Each episode in the time of one of the child's orders whose placement the test picks out fails, once. */
    private static Rule placements(String code, Predicate<String> failing) {
        return rule(code, (files, out) -> files.byChild(Table.DOLO).forEach((child, orders) -> {
            Set<ReturnRow> found = Collections.newSetFromMap(new IdentityHashMap<>());
            for (ReturnRow order : orders) {
                LocalDate from = order.date("DOLO_START");
                if (from == null) {
                    continue;
                }
                LocalDate ended = order.date("DOLO_END");
                LocalDate until = ended == null ? files.end() : ended;
                for (ReturnRow episode : files.episodes(child)) {
                    LocalDate start = episode.date("DECOM");
                    LocalDate end = episode.date("DEC");
                    boolean during = start != null && !start.isAfter(until) && (episode.blank("DEC")
                            || end != null && end.isAfter(from));
                    if (during && episode.has("PLACE") && failing.test(episode.get("PLACE"))) {
                        found.add(episode);
                    }
                }
            }
            files.episodes(child).stream().filter(found::contains).forEach(episode -> out.fail(episode, "PLACE", "DECOM"));
        }));
    }
}
