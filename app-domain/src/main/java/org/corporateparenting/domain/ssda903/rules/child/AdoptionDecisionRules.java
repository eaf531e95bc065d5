package org.corporateparenting.domain.ssda903.rules.child;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corporateparenting.domain.code.PermanenceCodes;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on decisions that a child should be placed for adoption (PlacedAdoption): the dates of the decision
 * and of its reversal with the reason, the decision against the child's birth and the AD1 record, decisions in order
 * without overlap, and agreement with last year's decisions (559 to 584, run when the previous year's return is
 * known). A decision "ceased" is one with a date (or reason) the child should no longer be placed.
 */
final class AdoptionDecisionRules {

    private static final Comparator<ReturnRow> BY_DECISION = Comparator.comparing(
            (ReturnRow row) -> row.date("DATE_PLACED"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ReturnRow::row);

    private AdoptionDecisionRules() {
    }

    /** 115: the date of the decision is given but is not a real DD/MM/YYYY date (a blank date is rule 563's). */
    static final Rule DECISION_DATE = rule("115", (files, out) -> files.rows(Table.PLACED_ADOPTION).forEach(row -> {
        if (row.badDate("DATE_PLACED")) {
            out.fail(row, "DATE_PLACED");
        }
    }));

    /** 116: the date the decision was reversed is given but is not a real DD/MM/YYYY date. */
    static final Rule REVERSAL_DATE = rule("116", (files, out) -> files.rows(Table.PLACED_ADOPTION).forEach(row -> {
        if (row.badDate("DATE_PLACED_CEASED")) {
            out.fail(row, "DATE_PLACED_CEASED");
        }
    }));

    /** 119: a reversal has its date and its reason, each with the other. */
    static final Rule REVERSAL_COMPLETE = rule("119", (files, out) -> files.rows(Table.PLACED_ADOPTION).forEach(row -> {
        if (row.has("DATE_PLACED_CEASED") != row.has("REASON_PLACED_CEASED")) {
            out.fail(row, "REASON_PLACED_CEASED", "DATE_PLACED_CEASED");
        }
    }));

    /** 120: the reason for the reversal is given but is not one of the REASON_PLACED_CEASED codes. */
    static final Rule REVERSAL_REASON = rule("120", (files, out) -> files.rows(Table.PLACED_ADOPTION).forEach(row -> {
        if (row.has("REASON_PLACED_CEASED")
                && !PermanenceCodes.REASON_PLACED_CEASED.isValid(row.get("REASON_PLACED_CEASED"), files.year())) {
            out.fail(row, "REASON_PLACED_CEASED");
        }
    }));

    /** 184: the decision is dated before the child was born (the header's date of birth). */
    static final Rule BEFORE_BIRTH = rule("184", (files, out) -> files.rows(Table.PLACED_ADOPTION).forEach(row -> {
        LocalDate decided = row.date("DATE_PLACED");
        LocalDate born = ChildFacts.born(files, row.child());
        if (decided != null && born != null && decided.isBefore(born)) {
            out.fail(row, "DATE_PLACED");
        }
    }));

    /** 522: the decision is dated after its reversal. */
    static final Rule AFTER_REVERSAL = rule("522", (files, out) -> files.rows(Table.PLACED_ADOPTION).forEach(row -> {
        LocalDate decided = row.date("DATE_PLACED");
        LocalDate reversed = row.date("DATE_PLACED_CEASED");
        if (decided != null && reversed != null && decided.isAfter(reversed)) {
            out.fail(row, "DATE_PLACED", "DATE_PLACED_CEASED");
        }
    }));

    /**
     * 523: the decision to place differs from the AD1 record's date adoption was decided in the child's best
     * interests. Reading: the child's latest decision is compared (an earlier, reversed one may have another date);
     * both rows fail.
     */
    static final Rule SAME_AS_AD1 = rule("523", (files, out) -> files.byChild(Table.AD1).forEach((child, ad1) -> {
        ReturnRow latest = latestDecision(files, child);
        ReturnRow record = ad1.get(0);
        LocalDate decided = latest == null ? null : latest.date("DATE_PLACED");
        LocalDate interests = record.date("DATE_INT");
        if (decided != null && interests != null && !decided.equals(interests)) {
            out.fail(latest, "DATE_PLACED");
            out.fail(record, "DATE_INT");
        }
    }));

    /**
     * 525: the decision was reversed yet the AD1 record shows an adoption under way (any of DATE_INT, DATE_MATCH,
     * FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR given). Reading: only the child's latest decision counts, since a
     * new decision after a reversal may lead to adoption.
     */
    static final Rule REVERSED_BUT_ADOPTED = rule("525", (files, out) -> files.byChild(Table.AD1).forEach((child, ad1) -> {
        ReturnRow latest = latestDecision(files, child);
        if (latest == null || latest.blank("DATE_PLACED_CEASED")) {
            return;
        }
        for (ReturnRow record : ad1) {
            if (record.has("DATE_INT") || record.has("DATE_MATCH") || record.has("FOSTER_CARE") || record.has("NB_ADOPTR")
                    || record.has("SEX_ADOPTR") || record.has("LS_ADOPTR")) {
                out.fail(latest, "DATE_PLACED_CEASED");
                out.fail(record, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");
                return;
            }
        }
    }));

    /** 563: the decision is reversed (date or reason given) but the date of the decision itself is blank. */
    static final Rule REVERSAL_WITHOUT_DECISION = rule("563", (files, out) -> files.rows(Table.PLACED_ADOPTION)
            .forEach(row -> {
                if (row.blank("DATE_PLACED") && (row.has("REASON_PLACED_CEASED") || row.has("DATE_PLACED_CEASED"))) {
                    out.fail(row, "DATE_PLACED", "REASON_PLACED_CEASED", "DATE_PLACED_CEASED");
                }
            }));

    /**
     * 579: a later decision (by date) starts while the earlier is still open, or before the earlier was reversed. The
     * later decision's row fails.
     */
    static final Rule OVERLAPPING = rule("579", (files, out) -> files.byChild(Table.PLACED_ADOPTION).forEach((child, rows) -> {
        List<ReturnRow> dated = dated(rows);
        for (int i = 1; i < dated.size(); i++) {
            ReturnRow earlier = dated.get(i - 1);
            ReturnRow later = dated.get(i);
            LocalDate reversed = earlier.date("DATE_PLACED_CEASED");
            if (reversed == null || later.date("DATE_PLACED").isBefore(reversed)) {
                out.fail(later, "DATE_PLACED", "DATE_PLACED_CEASED");
            }
        }
    }));

    /** 583: more than one decision is reported and an earlier one has no date it was reversed; the earlier row fails. */
    static final Rule EARLIER_NOT_REVERSED = rule("583", (files, out) -> files.byChild(Table.PLACED_ADOPTION)
            .forEach((child, rows) -> {
                List<ReturnRow> dated = dated(rows);
                for (int i = 0; i < dated.size() - 1; i++) {
                    if (dated.get(i).blank("DATE_PLACED_CEASED")) {
                        out.fail(dated.get(i), "DATE_PLACED", "DATE_PLACED_CEASED");
                    }
                }
            }));

    /**
     * 559: a decision dated before this year began, but last year's return has no decision date for the child.
     */
    static final Rule EARLIER_NOT_REPORTED = rule("559", (files, out) -> files.rows(Table.PLACED_ADOPTION).forEach(row -> {
        LocalDate decided = row.date("DATE_PLACED");
        if (decided != null && decided.isBefore(files.start())
                && lastDecisions(files, row.child()).stream().noneMatch(last -> last.has("DATE_PLACED"))) {
            out.fail(row, "DATE_PLACED");
        }
    }));

    /**
     * 560: last year's decision was open (not reversed), yet this year's return does not carry its date: each of this
     * year's decisions fails. Reading: the open-source validators fail every row with another date, so a new decision
     * beside the carried one would fail; here the child fails only when none carries last year's date.
     */
    static final Rule OPEN_DECISION_CHANGED = rule("560", (files, out) -> files.byChild(Table.PLACED_ADOPTION)
            .forEach((child, rows) -> {
                for (ReturnRow last : lastDecisions(files, child)) {
                    LocalDate open = last.date("DATE_PLACED");
                    if (open == null || last.has("DATE_PLACED_CEASED")) {
                        continue;
                    }
                    if (rows.stream().noneMatch(row -> open.equals(row.date("DATE_PLACED")))) {
                        rows.stream().filter(row -> row.date("DATE_PLACED") != null)
                                .forEach(row -> out.fail(row, "DATE_PLACED"));
                        return;
                    }
                }
            }));

    /** 561: this year's decision has the date of a decision that last year's return showed as reversed. */
    static final Rule REVERSED_DECISION_AGAIN = rule("561", (files, out) -> files.rows(Table.PLACED_ADOPTION).forEach(row -> {
        LocalDate decided = row.date("DATE_PLACED");
        if (decided != null && lastDecisions(files, row.child()).stream().anyMatch(last -> reversed(last)
                && decided.equals(last.date("DATE_PLACED")))) {
            out.fail(row, "DATE_PLACED");
        }
    }));

    /**
     * 584: last year's decision was reversed, yet this year's decision is dated before it. Reading (as the DfE's rule
     * text: a decision after a reversal must be later than the reversed one): the same date is rule 561's, a blank
     * date rule 563's.
     */
    static final Rule BEFORE_REVERSED_DECISION = rule("584", (files, out) -> files.rows(Table.PLACED_ADOPTION).forEach(row -> {
        LocalDate decided = row.date("DATE_PLACED");
        if (decided != null && lastDecisions(files, row.child()).stream().anyMatch(last -> reversed(last)
                && last.date("DATE_PLACED") != null && decided.isBefore(last.date("DATE_PLACED")))) {
            out.fail(row, "DATE_PLACED");
        }
    }));

    private static boolean reversed(ReturnRow decision) {
        return decision.has("DATE_PLACED_CEASED") || decision.has("REASON_PLACED_CEASED");
    }

    /** The child's decisions with a real date, earliest first. */
    private static List<ReturnRow> dated(List<ReturnRow> rows) {
        List<ReturnRow> dated = new ArrayList<>();
        for (ReturnRow row : rows) {
            if (row.date("DATE_PLACED") != null) {
                dated.add(row);
            }
        }
        dated.sort(BY_DECISION);
        return dated;
    }

    private static ReturnRow latestDecision(ReturnFiles files, String child) {
        List<ReturnRow> dated = dated(files.of(Table.PLACED_ADOPTION, child));
        return dated.isEmpty() ? null : dated.get(dated.size() - 1);
    }

    private static List<ReturnRow> lastDecisions(ReturnFiles files, String child) {
        return files.lastByChild(Table.PLACED_ADOPTION).getOrDefault(child, List.of());
    }

    static List<Rule> rules() {
        return List.of(DECISION_DATE, REVERSAL_DATE, REVERSAL_COMPLETE, REVERSAL_REASON, BEFORE_BIRTH, AFTER_REVERSAL,
                SAME_AS_AD1, REVERSED_BUT_ADOPTED, REVERSAL_WITHOUT_DECISION, OVERLAPPING, EARLIER_NOT_REVERSED,
                EARLIER_NOT_REPORTED, OPEN_DECISION_CHANGED, REVERSED_DECISION_AGAIN, BEFORE_REVERSED_DECISION);
    }
}
