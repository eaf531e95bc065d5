package org.corporateparenting.domain.ssda903.rules.periods;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules tying adoption's own files to the episodes: the decision that a child should be placed for adoption
 * (PlacedAdoption) before the placement, the placement order, the freeing order and the start of care; its ending when
 * the child left care otherwise than by adoption; and the adoption details (AD1) of children adopted in the year.
 * "Placed for adoption" is placement A3 to A6, "adopted" reason ceased E11 or E12.
 */
final class AdoptionRules {

    private static final String[] ADOPTION_DETAILS = {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
        "LS_ADOPTR"};

    /**
     * 521: the date adoption was decided to be in the child's best interests (AD1 DATE_INT) is after the child was placed
     * for adoption: the start of the child's first episode placed for adoption in the year's file. The AD1 row and that
     * episode fail.
     */
    static final Rule BEST_INTERESTS_BEFORE_PLACING = rule("521", (files, out) -> files.byChild(Table.AD1)
            .forEach((child, rows) -> firstWith(files, child, AdoptionRules::placed).ifPresent(episode -> rows
                    .forEach(row -> {
                        LocalDate decided = Dates.of(row, "DATE_INT");
                        if (decided != null && decided.isAfter(Dates.of(episode, "DECOM"))) {
                            out.fail(row, "DATE_INT");
                            out.fail(episode, "PLACE", "DECOM");
                        }
                    }))));

    /** 551: an episode placed for adoption, but the child has no PlacedAdoption row with a date of decision. */
    static final Rule PLACED_WITHOUT_DECISION = rule("551", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (placed(row) && decisions(files, row.child()).isEmpty()) {
            out.fail(row, "PLACE");
        }
    }));

    /**
     * 552: the decision to place for adoption is after the child was placed: no date of decision is on or before the
     * start of the child's first episode placed for adoption in the year's file. The PlacedAdoption rows and that episode
     * fail.
     */
    static final Rule DECISION_BEFORE_PLACING = decisionBefore("552", AdoptionRules::placed);

    /**
     * 553: the child has an episode under a placement order (E1) but no date of decision that they should be placed for
     * adoption: the PlacedAdoption rows without one fail, or the first E1 episode when the child has no such row. As in
     * the open-source validators, a decision shown as ended (its date or reason ceased) while an E1 episode is still open
     * fails too.
     */
    static final Rule ORDER_WITHOUT_DECISION = orderWithoutDecision("553", "E1");

    /**
     * 554: the decision to place for adoption is after the placement order: no date of decision is on or before the start
     * of the child's first episode under E1 in the year's file (taken as the day the order was granted; as the DfE's note
     * says, an order granted in an earlier year's episode is not seen).
     */
    static final Rule DECISION_BEFORE_ORDER = decisionBefore("554", row -> row.in("LS", "E1"));

    /** 555 (to 2023-24): as 553, for a freeing order (D1). */
    static final Rule FREEING_WITHOUT_DECISION = orderWithoutDecision("555", "D1");

    /** 556 (to 2023-24): as 554, for a freeing order (D1). */
    static final Rule DECISION_BEFORE_FREEING = decisionBefore("556", row -> row.in("LS", "D1"));

    /**
     * 557: the child left care otherwise than by adoption (an episode ceasing care with a reason other than E11 or E12)
     * on or after the latest decision that they should be placed for adoption, but that decision's row has no date or no
     * reason it ceased: the decision in force when care ended, whatever the episode's placement or legal status. As the
     * open-source validators read it, an episode placed for adoption or under an order (E1, D1) that ended care other
     * than by adoption fails too when the child has no PlacedAdoption row at all.
     */
    static final Rule LEFT_CARE_DECISION_NOT_ENDED = rule("557", (files, out) -> {
        files.rows(Table.EPISODES).forEach(episode -> {
            if ((placed(episode) || episode.in("LS", "E1", "D1")) && Chains.ceased(episode) && !adopted(episode)
                    && files.of(Table.PLACED_ADOPTION, episode.child()).isEmpty()) {
                out.fail(episode, "PLACE", "LS", "REC");
            }
        });
        files.byChild(Table.PLACED_ADOPTION).forEach((child, rows) -> latestDecision(rows).ifPresent(decision -> {
                LocalDate decided = Dates.of(decision, "DATE_PLACED");
                boolean leftOtherwise = files.episodes(child).stream().anyMatch(episode -> Chains.ceased(episode)
                        && !episode.in("REC", "E11", "E12") && Dates.of(episode, "DEC") != null
                        && !Dates.of(episode, "DEC").isBefore(decided));
                if (leftOtherwise && (decision.blank("DATE_PLACED_CEASED") || decision.blank("REASON_PLACED_CEASED"))) {
                    out.fail(decision, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
                }
            }));
    });

    /**
     * 558: the child was adopted (E11 or E12) but the latest decision that they should be placed for adoption has a date
     * it ceased. Reading: the latest decision, the one that led to the adoption; an earlier decision may have ceased.
     */
    static final Rule ADOPTED_DECISION_NOT_CEASED = rule("558", (files, out) -> files.byChild(Table.PLACED_ADOPTION)
            .forEach((child, rows) -> {
                boolean adopted = files.of(Table.EPISODES, child).stream().anyMatch(AdoptionRules::adopted);
                latestDecision(rows).filter(row -> adopted && row.has("DATE_PLACED_CEASED"))
                        .ifPresent(row -> out.fail(row, "DATE_PLACED_CEASED"));
            }));

    /** 582: the child was adopted (E11 or E12) on the day they were matched with the adopters (AD1 DATE_MATCH). */
    static final Rule ADOPTED_ON_MATCHING_DAY = rule("582", (files, out) -> files.rows(Table.EPISODES).forEach(episode -> {
        LocalDate adopted = Dates.of(episode, "DEC");
        if (adopted(episode) && adopted != null) {
            files.of(Table.AD1, episode.child()).stream().filter(row -> adopted.equals(Dates.of(row, "DATE_MATCH")))
                    .forEach(row -> {
                        out.fail(episode, "DEC");
                        out.fail(row, "DATE_MATCH");
                    });
        }
    }));

    /**
     * 601: the child was adopted in the year (E11 or E12, ending in the year) but the adoption details are not complete:
     * the AD1 row fails on its blank fields, or the episode when the child has no AD1 row.
     */
    static final Rule ADOPTION_DETAILS_MISSING = rule("601", (files, out) -> files.rows(Table.EPISODES).forEach(episode -> {
        if (!adoptedIn(files, episode)) {
            return;
        }
        List<ReturnRow> details = files.of(Table.AD1, episode.child());
        if (details.isEmpty()) {
            out.fail(episode, "REC");
        }
        for (ReturnRow row : details) {
            List<String> blank = Arrays.stream(ADOPTION_DETAILS).filter(row::blank).toList();
            if (!blank.isEmpty()) {
                out.fail(row, blank.toArray(String[]::new));
            }
        }
    }));

    /** 602: the child has adoption details (an AD1 row with any of them) but no episode ends in adoption (E11, E12) in the year. */
    static final Rule DETAILS_WITHOUT_ADOPTION = rule("602", (files, out) -> files.byChild(Table.AD1)
            .forEach((child, rows) -> {
                if (files.of(Table.EPISODES, child).stream().noneMatch(episode -> adoptedIn(files, episode))) {
                    rows.stream().filter(row -> Chains.any(row, ADOPTION_DETAILS)).forEach(row -> out.fail(row, "CHILD"));
                }
            }));

    /**
     * 1003: the decision that the child should be placed for adoption is before the child started to be looked after:
     * the start of the child's earliest episode with reason S in the year's file, as the open-source validators read it
     * (a child with none, whose care began in an earlier year, is not checked).
     */
    static final Rule DECISION_BEFORE_CARE = rule("1003", (files, out) -> files.byChild(Table.PLACED_ADOPTION)
            .forEach((child, rows) -> {
                ReturnRow first = ChainRules.dated(files.episodes(child)).stream().filter(row -> row.in("RNE", "S"))
                        .findFirst().orElse(null);
                if (first == null) {
                    return;
                }
                rows.stream().filter(row -> Dates.of(row, "DATE_PLACED") != null
                        && Dates.of(row, "DATE_PLACED").isBefore(Dates.of(first, "DECOM"))).forEach(row -> {
                            out.fail(row, "DATE_PLACED");
                            out.fail(first, "DECOM", "RNE");
                        });
            }));

    private AdoptionRules() {
    }

    static List<Rule> rules() {
        return List.of(BEST_INTERESTS_BEFORE_PLACING, PLACED_WITHOUT_DECISION, DECISION_BEFORE_PLACING,
                ORDER_WITHOUT_DECISION, DECISION_BEFORE_ORDER, FREEING_WITHOUT_DECISION, DECISION_BEFORE_FREEING,
                LEFT_CARE_DECISION_NOT_ENDED, ADOPTED_DECISION_NOT_CEASED, ADOPTED_ON_MATCHING_DAY,
                ADOPTION_DETAILS_MISSING, DETAILS_WITHOUT_ADOPTION, DECISION_BEFORE_CARE);
    }

    static boolean placed(ReturnRow episode) {
        return Chains.PLACED_FOR_ADOPTION.contains(episode.get("PLACE"));
    }

    static boolean adopted(ReturnRow episode) {
        return Chains.ADOPTED.contains(episode.get("REC"));
    }

    /** The episode ended in adoption (E11 or E12) within the collection year. */
    static boolean adoptedIn(ReturnFiles files, ReturnRow episode) {
        LocalDate ended = Dates.of(episode, "DEC");
        return adopted(episode) && ended != null && !ended.isBefore(files.start()) && !ended.isAfter(files.end());
    }

    /** The child's PlacedAdoption rows with a real date of decision. */
    private static List<ReturnRow> decisions(ReturnFiles files, String child) {
        return files.of(Table.PLACED_ADOPTION, child).stream().filter(row -> Dates.of(row, "DATE_PLACED") != null).toList();
    }

    /** The row of the latest decision (by its date) among the rows, if any has a real date. */
    private static Optional<ReturnRow> latestDecision(List<ReturnRow> rows) {
        return rows.stream().filter(row -> Dates.of(row, "DATE_PLACED") != null)
                .max(Comparator.comparing((ReturnRow row) -> Dates.of(row, "DATE_PLACED")));
    }

    /** The child's first episode with a real start date that matches. */
    private static Optional<ReturnRow> firstWith(ReturnFiles files, String child, Predicate<ReturnRow> which) {
        return files.episodes(child).stream().filter(row -> Dates.of(row, "DECOM") != null && which.test(row)).findFirst();
    }

    /** The rule that some decision to place for adoption is on or before the child's first matching episode. */
    private static Rule decisionBefore(String code, Predicate<ReturnRow> which) {
        return rule(code, (files, out) -> files.byChild(Table.PLACED_ADOPTION).keySet().forEach(child -> {
            List<ReturnRow> decisions = decisions(files, child);
            firstWith(files, child, which).ifPresent(episode -> {
                LocalDate start = Dates.of(episode, "DECOM");
                if (!decisions.isEmpty() && decisions.stream().allMatch(row -> Dates.of(row, "DATE_PLACED").isAfter(start))) {
                    out.failAll(decisions, "DATE_PLACED");
                    out.fail(episode, "DECOM");
                }
            });
        }));
    }

    /**
     * The rule that a child with an episode under the order (E1 or D1) has a date of decision to place for adoption, not
     * shown as ended while the order's episode is open.
     */
    private static Rule orderWithoutDecision(String code, String status) {
        return rule(code, (files, out) -> files.byChild(Table.EPISODES).keySet().forEach(child ->
                firstWith(files, child, row -> row.in("LS", status)).ifPresent(episode -> {
                    List<ReturnRow> rows = files.of(Table.PLACED_ADOPTION, child);
                    if (decisions(files, child).isEmpty()) {
                        if (rows.isEmpty()) {
                            out.fail(episode, "LS");
                        } else {
                            out.failAll(rows, "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
                        }
                        return;
                    }
                    boolean open = files.episodes(child).stream().anyMatch(row -> row.in("LS", status) && row.blank("DEC"));
                    latestDecision(rows).filter(row -> open && Chains.any(row, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"))
                            .ifPresent(row -> out.fail(row, "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));
                })));
    }
}
