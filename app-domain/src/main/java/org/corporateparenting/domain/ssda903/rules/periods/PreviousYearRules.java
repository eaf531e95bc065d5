package org.corporateparenting.domain.ssda903.rules.periods;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.util.List;
import org.corporateparenting.domain.ssda903.Need;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules comparing this year's episodes with the previous year's return: an episode open at 31 March carries on
 * into this year's first episode unchanged (its start, reason, legal status, need, placement, provider, URN, distance,
 * authority and location), and an episode begun before 1 April is in last year's return. They are run only when the
 * previous year is known. A child's last episode last year and first episode this year are those with the latest and
 * earliest real start dates.
 */
final class PreviousYearRules {

    /** Distances closer than this (miles) are the same distance, as the open-source validators allow for rounding. */
    private static final double SAME_DISTANCE = 0.2;

    /**
     * 452: last year's last episode was open and this year's first has the same reason for new episode, but a different
     * placement local authority. Reading: as the open-source validators read it, only where the reasons agree (the same
     * episode carried on).
     */
    static final Rule AUTHORITY_CARRIED = carried("452", "PL_LA", true);

    /** 453: as 452, for the placement distance: the two differ by 0.2 miles or more. */
    static final Rule DISTANCE_CARRIED = rule("453", (files, out) -> eachCarried(files, (first, last) -> {
        if (Chains.same(first, last, "RNE") && differentDistance(first, last)) {
            out.fail(first, "PL_DISTANCE");
        }
    }));

    /** 502: last year's last episode was open but this year's first episode did not begin the day it began. */
    static final Rule START_CARRIED = rule("502", (files, out) -> eachCarried(files, (first, last) -> {
        if (!Dates.of(first, "DECOM").equals(Dates.of(last, "DECOM"))) {
            out.fail(first, "DECOM");
        }
    }));

    /**
     * 503A: this year's first episode has a reason for new episode other than that of last year's open episode. Reading:
     * as the open-source validators read the 503 rules, only when the two are the same episode (the same start); a
     * different start is rule 502's.
     */
    static final Rule REASON_CARRIED = carried("503A", "RNE", false);

    /** 503B: as 503A, for the legal status. */
    static final Rule STATUS_CARRIED = carried("503B", "LS", false);

    /** 503C: as 503A, for the category of need. */
    static final Rule NEED_CARRIED = carried("503C", "CIN", false);

    /**
     * 503D: as 503A, for the placement type. From 2024-25 the DfE's list no longer names last year's episodes for this
     * rule, but it cannot be checked without them, so it still needs the previous year.
     */
    static final Rule PLACEMENT_CARRIED = carried("503D", "PLACE", false).needing(Need.PREVIOUS_YEAR);

    /** 503E: as 503A, for the placement provider. */
    static final Rule PROVIDER_CARRIED = carried("503E", "PLACE_PROVIDER", false);

    /** 503F: as 503A, for the Ofsted URN. */
    static final Rule URN_CARRIED = carried("503F", "URN", false);

    /** 503G: as 503A, for the distance: the two differ by 0.2 miles or more. */
    static final Rule DISTANCE_MATCHES = rule("503G", (files, out) -> eachCarried(files, (first, last) -> {
        if (sameStart(first, last) && differentDistance(first, last)) {
            out.fail(first, "PL_DISTANCE");
        }
    }));

    /** 503H: as 503A, for the placement local authority. */
    static final Rule AUTHORITY_MATCHES = carried("503H", "PL_LA", false);

    /** 503J: as 503A, for the placement location (IN or OUT of the council's area). */
    static final Rule LOCATION_MATCHES = carried("503J", "PL_LOCATION", false);

    /**
     * 562: this year's first episode began before 1 April but is not last year's last episode (which began another day),
     * though last year's return has the child's episodes; a child with none there is rule NoE's.
     */
    static final Rule MISSING_LAST_YEAR = rule("562", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                ReturnRow first = first(files.episodes(child));
                ReturnRow last = last(files.lastEpisodes(child));
                if (first != null && last != null && Dates.of(first, "DECOM").isBefore(files.start())
                        && !sameStart(first, last)) {
                    out.fail(first, "DECOM");
                }
            }));

    /** NoE: a child's first episode began before 1 April but the child has no episodes in last year's return. */
    static final Rule NONE_LAST_YEAR = rule("NoE", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                ReturnRow first = first(files.episodes(child));
                if (first != null && Dates.of(first, "DECOM").isBefore(files.start()) && files.lastEpisodes(child).isEmpty()) {
                    out.fail(first, "DECOM");
                }
            }));

    private PreviousYearRules() {
    }

    static List<Rule> rules() {
        return List.of(AUTHORITY_CARRIED, DISTANCE_CARRIED, START_CARRIED, REASON_CARRIED, STATUS_CARRIED, NEED_CARRIED,
                PLACEMENT_CARRIED, PROVIDER_CARRIED, URN_CARRIED, DISTANCE_MATCHES, AUTHORITY_MATCHES, LOCATION_MATCHES,
                MISSING_LAST_YEAR, NONE_LAST_YEAR);
    }

    /** What a rule checks of this year's first episode against last year's open last episode. */
    private interface Carried {
        void check(ReturnRow first, ReturnRow last);
    }

    /** Each child whose last episode last year was open at 31 March and who has an episode this year. */
    private static void eachCarried(ReturnFiles files, Carried check) {
        files.byChild(Table.EPISODES).keySet().forEach(child -> {
            ReturnRow first = first(files.episodes(child));
            ReturnRow last = last(files.lastEpisodes(child));
            if (first != null && last != null && last.blank("DEC")) {
                check.check(first, last);
            }
        });
    }

    /**
     * The field differs between this year's first episode and last year's open episode, when they are the same episode:
     * with the same reason (452) or the same start (503).
     */
    private static Rule carried(String code, String field, boolean sameReason) {
        return rule(code, (files, out) -> eachCarried(files, (first, last) -> {
            boolean sameEpisode = sameReason ? Chains.same(first, last, "RNE") : sameStart(first, last);
            if (sameEpisode && !Chains.same(first, last, field)) {
                out.fail(first, field);
            }
        }));
    }

    private static boolean sameStart(ReturnRow first, ReturnRow last) {
        return Dates.of(first, "DECOM").equals(Dates.of(last, "DECOM"));
    }

    private static boolean differentDistance(ReturnRow first, ReturnRow last) {
        Double now = RespiteAndLocationRules.miles(first);
        Double before = RespiteAndLocationRules.miles(last);
        return now != null && before != null && Math.abs(now - before) >= SAME_DISTANCE;
    }

    /** The first episode with a real start date, or null. */
    static ReturnRow first(List<ReturnRow> episodes) {
        return episodes.isEmpty() || Dates.of(episodes.get(0), "DECOM") == null ? null : episodes.get(0);
    }

    /** The last episode with a real start date, or null. */
    static ReturnRow last(List<ReturnRow> episodes) {
        List<ReturnRow> dated = ChainRules.dated(episodes);
        return dated.isEmpty() ? null : dated.get(dated.size() - 1);
    }
}
