package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.corporateparenting.domain.ssda903.Rule.rule;
import static org.corporateparenting.domain.ssda903.rules.outcomes.OutcomeFacts.ADOPTION;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.code.CodeList;
import org.corporateparenting.domain.code.PermanenceCodes;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on AD1, a child's adoption: the dates the child should be placed and was matched, whether the
 * adopters were the child's foster carers, and the number, sex and legal status of the adopters (codes from
 * {@link PermanenceCodes}), all or none of the items, their agreement with each other and with the placement for
 * adoption in the episodes, and one AD1 row a child.
 */
final class AdopterRules {

    /** The genders of a couple of adopters. */
    private static final String[] COUPLE = {"MM", "FF", "MF"};

    /** 112: the date the child should be placed for adoption is filled but not a real date; blank is rule 151's. */
    static final Rule DATE_INT = ad1("112", (files, row, out) -> {
        if (row.badDate("DATE_INT")) {
            out.fail(row, "DATE_INT");
        }
    });

    /** 113: the date the child was matched with the adopters is filled but not a real date. */
    static final Rule DATE_MATCH = ad1("113", (files, row, out) -> {
        if (row.badDate("DATE_MATCH")) {
            out.fail(row, "DATE_MATCH");
        }
    });

    /** 114: whether the adopters were the child's foster carers (FOSTER_CARE) is filled but not 0 or 1. */
    static final Rule FOSTER_CARE = ad1("114", (files, row, out) -> {
        if (row.has("FOSTER_CARE") && !row.in("FOSTER_CARE", "0", "1")) {
            out.fail(row, "FOSTER_CARE");
        }
    });

    /**
     * 151: some but not all of the six adoption items are filled. Reading: the list's NB_ADOPTER is the file's column
     * NB_ADOPTR.
     */
    static final Rule ALL_OR_NONE = ad1("151", (files, row, out) -> {
        if (OutcomeFacts.any(row, ADOPTION) && OutcomeFacts.anyBlank(row, ADOPTION)) {
            out.fail(row, ADOPTION);
        }
    });

    /** 175: the number of adopters is filled but not 1 or 2. */
    static final Rule NUMBER = ad1("175", (files, row, out) -> {
        if (row.has("NB_ADOPTR") && !row.in("NB_ADOPTR", "1", "2")) {
            out.fail(row, "NB_ADOPTR");
        }
    });

    /** 176: the adopters' gender is filled but not on {@link PermanenceCodes#ADOPTERS_SEX} (M1, F1, MM, FF, MF). */
    static final Rule SEX = code("176", "SEX_ADOPTR", PermanenceCodes.ADOPTERS_SEX);

    /** 177: the adopters' legal status is filled but not on {@link PermanenceCodes#ADOPTERS_LEGAL_STATUS}. */
    static final Rule LEGAL_STATUS = code("177", "LS_ADOPTR", PermanenceCodes.ADOPTERS_LEGAL_STATUS);

    /**
     * 331: the child was matched with the adopters after they were placed for adoption. Reading: the placement for
     * adoption is the child's first episode this year with a placed-for-adoption placement
     * ({@link Ssda903Codes#PLACED_FOR_ADOPTION}) or ending in adoption (REC E11, E12); the match must be on or before
     * its start.
     */
    static final Rule MATCHED_BEFORE_PLACED = ad1("331", (files, row, out) -> {
        LocalDate matched = row.date("DATE_MATCH");
        if (matched == null) {
            return;
        }
        for (ReturnRow episode : files.episodes(row.child())) {
            if (Ssda903Codes.PLACED_FOR_ADOPTION.contains(episode.get("PLACE")) || episode.in("REC", "E11", "E12")) {
                LocalDate placed = episode.date("DECOM");
                if (placed != null && matched.isAfter(placed)) {
                    out.fail(row, "DATE_MATCH");
                }
                return;
            }
        }
    });

    /** 333: the date the child should be placed for adoption is after the date they were matched. */
    static final Rule DECIDED_BEFORE_MATCHED = ad1("333", (files, row, out) -> {
        LocalDate decided = row.date("DATE_INT");
        LocalDate matched = decided == null ? null : row.date("DATE_MATCH");
        if (matched != null && decided.isAfter(matched)) {
            out.fail(row, "DATE_INT", "DATE_MATCH");
        }
    });

    /** 511: two adopters (NB_ADOPTR 2) whose genders are not those of a couple (MM, FF, MF). */
    static final Rule TWO_ARE_A_COUPLE = ad1("511", (files, row, out) -> {
        if (row.in("NB_ADOPTR", "2") && row.has("SEX_ADOPTR") && !row.in("SEX_ADOPTR", COUPLE)) {
            out.fail(row, "NB_ADOPTR", "SEX_ADOPTR");
        }
    });

    /** 514: a single adopter's legal status (L0) with the genders of a couple. */
    static final Rule SINGLE = status("514", new String[] {"L0"}, COUPLE, false);

    /** 517: a different-sex couple neither married nor in a civil partnership (L3) is not coded MF. */
    static final Rule L3_IS_MF = status("517", new String[] {"L3"}, new String[] {"MF"}, true);

    /** 518: a same-sex couple neither married nor in a civil partnership (L4) is not coded MM or FF. */
    static final Rule L4_IS_SAME_SEX = status("518", new String[] {"L4"}, new String[] {"MM", "FF"}, true);

    /** 519: a civil partnership couple (L2) whose genders are not those of a couple. */
    static final Rule L2_IS_A_COUPLE = status("519", new String[] {"L2"}, COUPLE, true);

    /** 520: a different-sex married couple (L11) coded as a same-sex couple (MM or FF). */
    static final Rule L11_IS_NOT_SAME_SEX = status("520", new String[] {"L11"}, new String[] {"MM", "FF"}, false);

    /** 524: a same-sex married couple (L12) is not coded MM or FF. */
    static final Rule L12_IS_SAME_SEX = status("524", new String[] {"L12"}, new String[] {"MM", "FF"}, true);

    /** INT31: a child has one AD1 row; every row after the first of a child fails. */
    static final Rule ONCE = Rule.oncePerChild("INT31", Table.AD1);

    private AdopterRules() {
    }

    static List<Rule> rules() {
        return List.of(DATE_INT, DATE_MATCH, FOSTER_CARE, ALL_OR_NONE, NUMBER, SEX, LEGAL_STATUS, MATCHED_BEFORE_PLACED,
                DECIDED_BEFORE_MATCHED, TWO_ARE_A_COUPLE, SINGLE, L3_IS_MF, L4_IS_SAME_SEX, L2_IS_A_COUPLE,
                L11_IS_NOT_SAME_SEX, L12_IS_SAME_SEX, ONCE);
    }


    private static Rule ad1(String code, Rule.RowCheck check) {
        return Rule.eachRow(code, Table.AD1, check);
    }

    private static Rule code(String code, String field, CodeList list) {
        return ad1(code, (files, row, out) -> {
            if (row.has(field) && !list.isValid(row.get(field), files.year())) {
                out.fail(row, field);
            }
        });
    }

    /**
     * The adopters' legal status is one of {@code statuses} and their genders, when filled, are (if {@code must}) not
     * among {@code genders}, or (if not {@code must}) among them.
     */
    private static Rule status(String code, String[] statuses, String[] genders, boolean must) {
        return ad1(code, (files, row, out) -> {
            if (row.in("LS_ADOPTR", statuses) && row.has("SEX_ADOPTR") && row.in("SEX_ADOPTR", genders) != must) {
                out.fail(row, "LS_ADOPTR", "SEX_ADOPTR");
            }
        });
    }
}
