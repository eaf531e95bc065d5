package org.corporateparenting.domain.ssda903.rules.periods;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on a child's chain of episodes within the year: each new episode's reason (RNE) against how the
 * previous one ended and what changed, overlapping episodes, endings after which no episode may follow, the category of
 * need through a period of care, and special guardianship after 18. Episodes are taken in start order; an episode
 * without a real start date is left to the date rules.
 */
final class ChainRules {

    /** 407: the episode ceased with a special guardianship order (E45 to E48) on or after the child's 18th birthday. */
    static final Rule GUARDIANSHIP_AT_18 = rule("407", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("REC", "E45", "E46", "E47", "E48")) {
            int age = ReturnFiles.age(Chains.born(files, row.child(), row), Dates.of(row, "DEC"));
            if (age >= 18) {
                out.fail(row, "DEC", "REC");
            }
        }
    }));

    /** 431: the episode's reason is S (started to be looked after) but the previous episode ended the day it began. */
    static final Rule STARTED_ON_PREVIOUS_END = pairs("431", (previous, episode, out) -> {
        if (episode.in("RNE", "S") && Dates.of(episode, "DECOM").equals(Dates.of(previous, "DEC"))) {
            out.fail(episode, "RNE", "DECOM");
        }
    });

    /**
     * 432: the previous episode ended the child's being looked after (a reason ceased other than X1) but this one's
     * reason is not S. A blank reason is left to the code rules.
     */
    static final Rule CEASED_THEN_NOT_STARTED = pairs("432", (previous, episode, out) -> {
        if (Chains.ceased(previous) && episode.has("RNE") && !episode.in("RNE", "S")) {
            out.fail(episode, "RNE");
        }
    });

    /**
     * 433: the reason (L, P, T, U or B) says the episode continues the previous one, but it does not begin the day the
     * previous ended (or the previous has no end date). An episode first in the year's file has no previous episode to
     * compare and passes.
     */
    static final Rule CONTINUATION_NOT_SAME_DAY = pairs("433", (previous, episode, out) -> {
        LocalDate ended = Dates.of(previous, "DEC");
        if (episode.in("RNE", "L", "P", "T", "U", "B") && !Dates.of(episode, "DECOM").equals(ended)) {
            out.fail(episode, "RNE", "DECOM");
        }
    });

    /**
     * 434: the reason is L (legal status changed, placement not) but the legal status is the previous episode's, or the
     * placement (type, postcode, URN or provider) differs from it.
     */
    static final Rule LEGAL_STATUS_ONLY = pairs("434", (previous, episode, out) -> {
        if (episode.in("RNE", "L") && (Chains.same(episode, previous, "LS")
                || !Chains.allSame(episode, previous, Chains.PLACEMENT))) {
            out.fail(episode, "RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER");
        }
    });

    /**
     * 435: the reason is P or B (placement changed, legal status not; B with the same carers) but the legal status
     * differs from the previous episode's, or nothing of the placement (type, postcode, URN, provider) changed. Reading:
     * B is also a change of placement only, so it is held to the same.
     */
    static final Rule PLACEMENT_ONLY = pairs("435", (previous, episode, out) -> {
        if (episode.in("RNE", "P", "B") && (!Chains.same(episode, previous, "LS")
                || Chains.allSame(episode, previous, Chains.PLACEMENT))) {
            out.fail(episode, "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER");
        }
    });

    /**
     * 436: the reason is T or U (both changed; U with the same carers) but the legal status is the previous episode's, or
     * nothing of the placement (type, postcode, URN, provider) changed. Reading: U is also a change of both, so it is
     * held to the same.
     */
    static final Rule BOTH_CHANGED = pairs("436", (previous, episode, out) -> {
        if (episode.in("RNE", "T", "U") && (Chains.same(episode, previous, "LS")
                || Chains.allSame(episode, previous, Chains.PLACEMENT))) {
            out.fail(episode, "RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER");
        }
    });

    /**
     * 437: the episode ceased because the child died (E2) or was found to be 18 or over (E15) but a later episode
     * follows. Reading: the DfE's codes E2 and E15, as the open-source validators read them (E17, 18 and staying with
     * carers, is not named).
     */
    static final Rule EPISODES_AFTER_FINAL_ENDING = rule("437", (files, out) -> files.byChild(Table.EPISODES)
            .keySet().forEach(child -> {
                List<ReturnRow> episodes = files.episodes(child);
                for (int i = 0; i < episodes.size() - 1; i++) {
                    ReturnRow episode = episodes.get(i);
                    if (episode.in("REC", "E2", "E15") && Dates.of(episode, "DECOM") != null
                            && Dates.of(episodes.get(i + 1), "DECOM") != null) {
                        out.fail(episode, "REC");
                    }
                }
            }));

    /** 501: an episode begins before the previous episode ended. */
    static final Rule OVERLAP = pairs("501", (previous, episode, out) -> {
        LocalDate ended = Dates.of(previous, "DEC");
        if (ended != null && Dates.of(episode, "DECOM").isBefore(ended)) {
            out.fail(episode, "DECOM", "DEC");
        }
    });

    /**
     * 504: an episode's category of need differs from that of the first episode of its period of care in the year's file
     * (the start of the period, or its state at 1 April for a period begun before), as the message says; the open-source
     * validators compare each episode with the one before it after an X1, which finds the first change only. Blank codes
     * are left to the code rules.
     */
    static final Rule NEED_THROUGH_PERIOD = rule("504", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                for (List<ReturnRow> period : Chains.periods(dated(files.episodes(child)))) {
                    String need = period.get(0).get("CIN");
                    period.stream().skip(1).filter(row -> row.has("CIN") && !need.isEmpty() && !row.in("CIN", need))
                            .forEach(row -> out.fail(row, "CIN"));
                }
            }));

    private ChainRules() {
    }

    static List<Rule> rules() {
        return List.of(GUARDIANSHIP_AT_18, STARTED_ON_PREVIOUS_END, CEASED_THEN_NOT_STARTED, CONTINUATION_NOT_SAME_DAY,
                LEGAL_STATUS_ONLY, PLACEMENT_ONLY, BOTH_CHANGED, EPISODES_AFTER_FINAL_ENDING, OVERLAP, NEED_THROUGH_PERIOD);
    }

    /** A check of each episode against the one before it, for episodes with a real start date. */
    interface Pair {
        void check(ReturnRow previous, ReturnRow episode, Failures out);
    }

    private static Rule pairs(String code, Pair pair) {
        BiConsumer<ReturnFiles, Failures> check = (files, out) -> files.byChild(Table.EPISODES).keySet()
                .forEach(child -> {
                    List<ReturnRow> episodes = dated(files.episodes(child));
                    for (int i = 1; i < episodes.size(); i++) {
                        pair.check(episodes.get(i - 1), episodes.get(i), out);
                    }
                });
        return rule(code, check);
    }

    /** The episodes with a real start date (they come first in {@link ReturnFiles#episodes}). */
    static List<ReturnRow> dated(List<ReturnRow> episodes) {
        int end = episodes.size();
        while (end > 0 && Dates.of(episodes.get(end - 1), "DECOM") == null) {
            end--;
        }
        return episodes.subList(0, end);
    }
}
