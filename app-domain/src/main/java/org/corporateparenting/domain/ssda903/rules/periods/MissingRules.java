package org.corporateparenting.domain.ssda903.rules.periods;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on times a child was missing or away from placement without authorisation (the Missing file) against
 * the child's episodes and periods of care: a time missing lies within a period of care, ends when the placement or
 * the care it began in ends, and a child missing when care ends leaves with reason E8. A period of care runs from its
 * first episode's start to the end of the episode that ceased care (or on, while open); a row without a real start date
 * is left to the date rules.
 */
final class MissingRules {

    /**
     * 575: the child went missing from a placement that has ended, but the time missing has no end date. The placement
     * is the episode the child was in on the day they went missing (the later one on a day of change); it ended when that
     * episode ended and the next, if any, was not a change of legal status only (RNE L). The open-source validators take
     * any episode's end as the placement's, so a legal status change while the child is missing fails there.
     */
    static final Rule PLACEMENT_ENDED = rule("575", (files, out) -> files.byChild(Table.MISSING).forEach((child, rows) -> {
        List<ReturnRow> episodes = ChainRules.dated(files.episodes(child));
        for (ReturnRow row : rows) {
            LocalDate start = Dates.of(row, "MIS_START");
            if (start == null || row.has("MIS_END")) {
                continue;
            }
            int from = episodeOn(episodes, start);
            if (from >= 0 && placementEnded(episodes, from)) {
                out.fail(row, "MIS_END");
            }
        }
    }));

    /** 577: the child went missing in a period of care that has ended, but the time missing has no end date. */
    static final Rule CARE_ENDED = rule("577", (files, out) -> eachMissing(files, (row, period, periods) -> {
        if (period != null && Chains.end(period) != null && row.blank("MIS_END")) {
            out.fail(row, "MIS_END");
        }
    }));

    /**
     * 578: the child went missing after they ceased to be looked after: outside every period of care, after one ended.
     * Reading: a time missing that begins between two periods of care is after the first ended, so it fails here.
     */
    static final Rule MISSING_AFTER_CARE = rule("578", (files, out) -> eachMissing(files, (row, period, periods) -> {
        if (period == null && !periods.isEmpty() && !Dates.of(row, "MIS_START").isBefore(start(periods.get(0)))) {
            out.fail(row, "MIS_START");
        }
    }));

    /**
     * 580: the child was missing when a period of care ended (a time missing began in the period and had not ended by
     * that day) but the reason the last episode ceased is not E8. The open-source validators check only a time missing
     * ending on the 18th birthday, the day care ended; this reads the message as written.
     */
    static final Rule MISSING_WHEN_CARE_ENDED = rule("580", (files, out) -> files.byChild(Table.MISSING)
            .forEach((child, rows) -> {
                for (List<ReturnRow> period : Chains.periods(ChainRules.dated(files.episodes(child)))) {
                    LocalDate end = Chains.end(period);
                    ReturnRow last = period.get(period.size() - 1);
                    if (end == null || last.in("REC", "E8")) {
                        continue;
                    }
                    boolean missing = rows.stream().anyMatch(row -> {
                        LocalDate gone = Dates.of(row, "MIS_START");
                        LocalDate back = Dates.of(row, "MIS_END");
                        return gone != null && !gone.isBefore(start(period)) && !gone.isAfter(end)
                                && (back == null ? row.blank("MIS_END") : back.isAfter(end));
                    });
                    if (missing) {
                        out.fail(last, "REC");
                    }
                }
            }));

    /**
     * 581: the child went missing before their first period of care in the year's file began. Reading: "not yet started
     * to be looked after" as before care began; a time missing between or after periods of care is rule 578's (the
     * open-source validators fail here any time missing outside every episode).
     */
    static final Rule MISSING_BEFORE_CARE = rule("581", (files, out) -> eachMissing(files, (row, period, periods) -> {
        if (period == null && !periods.isEmpty() && Dates.of(row, "MIS_START").isBefore(start(periods.get(0)))) {
            out.fail(row, "MIS_START");
        }
    }));

    private MissingRules() {
    }

    static List<Rule> rules() {
        return List.of(PLACEMENT_ENDED, CARE_ENDED, MISSING_AFTER_CARE, MISSING_WHEN_CARE_ENDED, MISSING_BEFORE_CARE);
    }

    /** What a rule checks of a time missing: its row, the period of care it began in (or null) and all the periods. */
    private interface InPeriod {
        void check(ReturnRow row, List<ReturnRow> period, List<List<ReturnRow>> periods);
    }

    /** Each time missing with a real start date, for a child with episodes. */
    private static void eachMissing(ReturnFiles files, InPeriod check) {
        files.byChild(Table.MISSING).forEach((child, rows) -> {
            List<List<ReturnRow>> periods = Chains.periods(ChainRules.dated(files.episodes(child)));
            if (periods.isEmpty()) {
                return;
            }
            for (ReturnRow row : rows) {
                LocalDate gone = Dates.of(row, "MIS_START");
                if (gone != null) {
                    check.check(row, periodOn(periods, gone), periods);
                }
            }
        });
    }

    private static LocalDate start(List<ReturnRow> period) {
        return Dates.of(period.get(0), "DECOM");
    }

    /** The period of care the day is in (from its start to its end, both included), or null. */
    private static List<ReturnRow> periodOn(List<List<ReturnRow>> periods, LocalDate day) {
        for (List<ReturnRow> period : periods) {
            LocalDate end = Chains.end(period);
            if (!day.isBefore(start(period)) && (end == null || !day.isAfter(end))) {
                return period;
            }
        }
        return null;
    }

    /** The index of the last episode that began on or before the day and had not ended before it, or -1. */
    private static int episodeOn(List<ReturnRow> episodes, LocalDate day) {
        int found = -1;
        for (int i = 0; i < episodes.size(); i++) {
            ReturnRow episode = episodes.get(i);
            LocalDate end = Dates.of(episode, "DEC");
            if (!Dates.of(episode, "DECOM").isAfter(day) && (end == null || !end.isBefore(day))) {
                found = i;
            }
        }
        return found;
    }

    private static boolean placementEnded(List<ReturnRow> episodes, int index) {
        for (int i = index; i < episodes.size(); i++) {
            if (episodes.get(i).blank("DEC")) {
                return false;
            }
            if (i + 1 == episodes.size() || !episodes.get(i + 1).in("RNE", "L")) {
                return true;
            }
        }
        return false;
    }
}
