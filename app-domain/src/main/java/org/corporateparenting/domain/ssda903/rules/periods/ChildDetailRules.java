package org.corporateparenting.domain.ssda903.rules.periods;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on a child's own details that depend on their episodes: the UPN of a looked-after child, the OC2
 * details of children looked after for the whole year (convictions from age 10, health promotion under 5), motherhood
 * for girls who left care, and previous permanence for children who started to be looked after from 1 April 2016.
 */
final class ChildDetailRules {

    /** The day from which previous permanence is collected for children starting to be looked after. */
    private static final LocalDate PERMANENCE_COLLECTED = LocalDate.of(2016, 4, 1);

    /** DATE_PERM: DD/MM/YYYY where the day, the day and month, or all three may be ZZ (ZZZZ) when not known. */
    private static final Pattern PERMANENCE_DATE = Pattern.compile("(\\d{2}|[Zz]{2})/(\\d{2}|[Zz]{2})/(\\d{4})");

    /** The DATE_PERM of an order whose date is not known at all. */
    private static final String UNKNOWN_DATE = "ZZ/ZZ/ZZZZ";

    /**
     * 442: a child with episodes this year has no UPN in the header. Reading: a child only on short breaks (every episode
     * V3 or V4) is not asked for one, as in the open-source validators; an unknown UPN is sent as one of the UN codes.
     */
    static final Rule UPN_MISSING = rule("442", (files, out) -> files.byChild(Table.EPISODES).forEach((child, episodes) -> {
        ReturnRow header = files.header(child);
        if (header != null && header.blank("UPN") && !episodes.stream().allMatch(Chains::respite)) {
            out.fail(header, "UPN");
        }
    }));

    /**
     * 543: a child aged 10 or over at 31 March and looked after continuously for the 12 months to then (short breaks
     * aside) has no conviction information in OC2.
     */
    static final Rule CONVICTIONS_MISSING = rule("543", (files, out) -> files.rows(Table.OC2).forEach(row -> {
        int age = ReturnFiles.age(Chains.born(files, row.child(), row), files.end());
        if (age >= 10 && row.blank("CONVICTED") && wholeYear(files, row.child())) {
            out.fail(row, "DOB", "CONVICTED");
        }
    }));

    /** 546: a child aged 5 or over at 31 March has health promotion information (HEALTH_CHECK) in OC2. */
    static final Rule HEALTH_CHECK_FROM_FIVE = rule("546", (files, out) -> files.rows(Table.OC2).forEach(row -> {
        int age = ReturnFiles.age(Chains.born(files, row.child(), row), files.end());
        if (age >= 5 && row.has("HEALTH_CHECK")) {
            out.fail(row, "DOB", "HEALTH_CHECK");
        }
    }));

    /**
     * 607: a girl ceased to be looked after in the year (an episode ending her care, not a short break), but MOTHER is
     * blank. As in the open-source validators, no age is set: MOTHER is asked of every girl looked after.
     */
    static final Rule MOTHER_MISSING_ON_LEAVING = rule("607", (files, out) -> files.byChild(Table.EPISODES)
            .forEach((child, episodes) -> {
                ReturnRow header = files.header(child);
                if (header == null || !header.blank("MOTHER") || !Chains.female(files, header)) {
                    return;
                }
                boolean left = episodes.stream().anyMatch(row -> {
                    LocalDate ended = Dates.of(row, "DEC");
                    return Chains.ceased(row) && !Chains.respite(row) && ended != null && !ended.isBefore(files.start())
                            && !ended.isAfter(files.end());
                });
                if (left) {
                    out.fail(header, "MOTHER");
                }
            }));

    /**
     * 625: the date of birth of the mother's first child (MC_DOB) is after 31 March, or after the day the child's care
     * ended (the last episode, when it ceased care).
     */
    static final Rule FIRST_CHILD_BORN_LATE = rule("625", (files, out) -> files.rows(Table.HEADER).forEach(header -> {
        LocalDate born = Dates.of(header, "MC_DOB");
        if (born == null) {
            return;
        }
        ReturnRow last = PreviousYearRules.last(files.episodes(header.child()));
        LocalDate left = last != null && Chains.ceased(last) ? Dates.of(last, "DEC") : null;
        if (born.isAfter(files.end()) || left != null && born.isAfter(left)) {
            out.fail(header, "MC_DOB");
        }
    }));

    /**
     * 630: an episode starting care (RNE S) in the year, not a short break, but the child has no previous permanence
     * option (PrevPerm PREV_PERM), or one other than Z1 (none) without its local authority and date. Reading: children
     * who started to be looked after in the collection year, as the open-source validators read it; a child whose care
     * began in an earlier year is not asked again.
     */
    static final Rule PERMANENCE_MISSING = rule("630", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        LocalDate start = Dates.of(row, "DECOM");
        if (row.in("RNE", "S") && start != null && !start.isBefore(files.start()) && !Chains.respite(row)
                && files.of(Table.PREV_PERM, row.child()).stream().noneMatch(ChildDetailRules::permanenceGiven)) {
            out.fail(row, "RNE");
        }
    }));

    /**
     * 632: the date of the previous permanence order is not DD/MM/YYYY (ZZ for a day, a day and month, or the whole date
     * ZZ/ZZ/ZZZZ not known), or is not before the start of the child's first episode in the year's file. The earliest day
     * a partly known date can be is compared, so it fails only when it is surely not before; as the DfE's note says, a
     * period of care begun in an earlier year is compared with its first episode this year, so some late dates pass.
     */
    static final Rule PERMANENCE_ORDER_DATE = rule("632", (files, out) -> files.rows(Table.PREV_PERM).forEach(row -> {
        if (row.blank("DATE_PERM") || row.get("DATE_PERM").equalsIgnoreCase(UNKNOWN_DATE)) {
            return;
        }
        LocalDate date = permanenceDate(row.get("DATE_PERM"));
        ReturnRow first = PreviousYearRules.first(files.episodes(row.child()));
        if (date == null || first != null && !date.isBefore(Dates.of(first, "DECOM"))) {
            out.fail(row, "DATE_PERM");
        }
    }));

    /**
     * 634: previous permanence details are given but the child's current period of care began before 1 April 2016 (its
     * latest episode with reason S in the year's file, or else its first episode, began before then).
     */
    static final Rule PERMANENCE_BEFORE_2016 = rule("634", (files, out) -> files.rows(Table.PREV_PERM).forEach(row -> {
        LocalDate started = currentStart(files, row.child());
        if (Chains.any(row, "LA_PERM", "PREV_PERM", "DATE_PERM") && started != null
                && started.isBefore(PERMANENCE_COLLECTED)) {
            out.fail(row, "LA_PERM", "PREV_PERM", "DATE_PERM");
        }
    }));

    private ChildDetailRules() {
    }

    static List<Rule> rules() {
        return List.of(UPN_MISSING, CONVICTIONS_MISSING, HEALTH_CHECK_FROM_FIVE, MOTHER_MISSING_ON_LEAVING,
                FIRST_CHILD_BORN_LATE, PERMANENCE_MISSING, PERMANENCE_ORDER_DATE, PERMANENCE_BEFORE_2016);
    }

    /** A previous permanence option given in full: Z1 (none), or another with its local authority and date. */
    private static boolean permanenceGiven(ReturnRow perm) {
        return perm.in("PREV_PERM", "Z1") || perm.has("PREV_PERM") && perm.has("LA_PERM") && perm.has("DATE_PERM");
    }

    /** Whether the child was looked after (short breaks aside) every day from 1 April to 31 March. */
    static boolean wholeYear(ReturnFiles files, String child) {
        LocalDate covered = files.start();
        for (ReturnRow episode : files.episodes(child)) {
            LocalDate start = Dates.of(episode, "DECOM");
            if (start == null || Chains.respite(episode) || start.isAfter(covered)) {
                continue;
            }
            LocalDate end = Dates.of(episode, "DEC");
            if (end == null) {
                return true;
            }
            if (end.isAfter(covered)) {
                covered = end;
            }
            if (covered.isAfter(files.end())) {
                return true;
            }
        }
        return false;
    }

    /** The start of the child's latest episode with reason S, or else of their first episode, or null. */
    private static LocalDate currentStart(ReturnFiles files, String child) {
        List<ReturnRow> episodes = ChainRules.dated(files.episodes(child));
        for (int i = episodes.size() - 1; i >= 0; i--) {
            if (episodes.get(i).in("RNE", "S")) {
                return Dates.of(episodes.get(i), "DECOM");
            }
        }
        return episodes.isEmpty() ? null : Dates.of(episodes.get(0), "DECOM");
    }

    /** A DATE_PERM as the earliest day it can be (ZZ read as 01), or null when it is not such a date. */
    static LocalDate permanenceDate(String value) {
        Matcher parts = PERMANENCE_DATE.matcher(value);
        if (!parts.matches() || parts.group(1).matches("\\d{2}") && parts.group(2).equalsIgnoreCase("ZZ")) {
            return null;
        }
        String day = parts.group(1).equalsIgnoreCase("ZZ") ? "01" : parts.group(1);
        String month = parts.group(2).equalsIgnoreCase("ZZ") ? "01" : parts.group(2);
        try {
            return LocalDate.parse(day + "/" + month + "/" + parts.group(3), ReturnRow.DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
