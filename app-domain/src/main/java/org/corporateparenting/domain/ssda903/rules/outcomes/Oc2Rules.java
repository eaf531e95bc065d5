package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.corporateparenting.domain.ssda903.Rule.rule;
import static org.corporateparenting.domain.ssda903.rules.outcomes.OutcomeFacts.HEALTH;
import static org.corporateparenting.domain.ssda903.rules.outcomes.OutcomeFacts.TWELVE_MONTHS;
import static org.corporateparenting.domain.ssda903.rules.outcomes.OutcomeFacts.any;
import static org.corporateparenting.domain.ssda903.rules.outcomes.OutcomeFacts.anyBlank;
import static org.corporateparenting.domain.ssda903.rules.outcomes.OutcomeFacts.filled;

import java.util.List;
import org.corporateparenting.domain.code.Oc2Codes;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on OC2, the outcomes of children looked after continuously for 12 months at 31 March: the
 * strengths and difficulties questionnaire (score or reason, by age), convictions, health checks, immunisations, teeth
 * checks, health assessments and substance misuse with its interventions, who may have them (the cohort, by the
 * episodes) and what they exclude (adoption and care leavers' information), and one OC2 row a child.
 */
final class Oc2Rules {

    /**
     * 157: SDQ1 (the child was under 4 or over 16) is the reason for no SDQ score of a child aged 4 or over on 1 April
     * and 16 or under at 31 March. Reading: the DfE's "or" as "and", the ages for which SDQ1 cannot be true, as the
     * open-source validators read it.
     */
    static final Rule SDQ1_FOR_SDQ_AGE = oc2("157", (files, row, out) -> {
        if (row.in("SDQ_REASON", "SDQ1") && OutcomeFacts.ageAtStart(files, row) >= 4
                && OutcomeFacts.ageAtEnd(files, row) <= 16 && OutcomeFacts.ageAtEnd(files, row) >= 0) {
            out.fail(row, "SDQ_REASON", "DOB");
        }
    });

    /** 158: an intervention was received (INTERVENTION_RECEIVED 1) but whether one was offered is filled. */
    static final Rule OFFERED_WHEN_RECEIVED = oc2("158", (files, row, out) -> {
        if (row.in("INTERVENTION_RECEIVED", "1") && row.has("INTERVENTION_OFFERED")) {
            out.fail(row, "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
        }
    });

    /** 159: a substance misuse problem (1) with no intervention received (0), but whether one was offered is blank. */
    static final Rule OFFERED_WHEN_NOT_RECEIVED = oc2("159", (files, row, out) -> {
        if (row.in("SUBSTANCE_MISUSE", "1") && row.in("INTERVENTION_RECEIVED", "0") && row.blank("INTERVENTION_OFFERED")) {
            out.fail(row, "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
        }
    });

    /** 180: the SDQ score is filled but is not a whole number from 0 to 40 (the questionnaire's range). */
    static final Rule SDQ_SCORE = oc2("180", (files, row, out) -> {
        if (row.has("SDQ_SCORE") && !score(row.get("SDQ_SCORE"))) {
            out.fail(row, "SDQ_SCORE");
        }
    });

    /** 181: an item about children looked after for 12 months is filled with something other than 0 or 1. */
    static final Rule ZERO_OR_ONE = oc2("181", (files, row, out) -> {
        for (String field : TWELVE_MONTHS) {
            if (row.has(field) && !row.in(field, "0", "1")) {
                out.fail(row, field);
            }
        }
    });

    /**
     * 182: convictions, health check or an intervention item is filled, but immunisations, teeth check, health
     * assessment or substance misuse is blank: the four are completed whenever OC2 is.
     */
    static final Rule HEALTH_COMPLETE = oc2("182", (files, row, out) -> {
        if (any(row, "CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED") && anyBlank(row, HEALTH)) {
            out.fail(row, HEALTH);
        }
    });

    /**
     * 187: a child of the OC2 cohort (looked after continuously for 12 months at 31 March) has adoption (AD1) or care
     * leavers' (OC3) information. Each filled AD1 or OC3 row of such a child fails.
     */
    static final Rule COHORT_WITHOUT_ADOPTION_OR_LEAVING = rule("187", (files, out) -> {
        for (Table table : List.of(Table.AD1, Table.OC3)) {
            String[] fields = table == Table.AD1 ? OutcomeFacts.ADOPTION : OutcomeFacts.CARE_LEAVER;
            files.byChild(table).forEach((child, rows) -> {
                List<ReturnRow> withData = rows.stream().filter(row -> any(row, fields)).toList();
                if (!withData.isEmpty() && OutcomeFacts.twelveMonths(files, child)) {
                    out.failAll(withData, fields);
                }
            });
        }
    });

    /** 188: a child aged under 4 at 31 March has an SDQ score or a reason for no score. */
    static final Rule SDQ_UNDER_FOUR = oc2("188", (files, row, out) -> {
        if (any(row, "SDQ_SCORE", "SDQ_REASON")) {
            int age = OutcomeFacts.ageAtEnd(files, row);
            if (age >= 0 && age < 4) {
                out.fail(row, "SDQ_SCORE", "SDQ_REASON");
            }
        }
    });

    /** 189: a child aged 17 or over on 1 April has an SDQ score or a reason for no score. */
    static final Rule SDQ_SEVENTEEN = oc2("189", (files, row, out) -> {
        if (any(row, "SDQ_SCORE", "SDQ_REASON") && OutcomeFacts.ageAtStart(files, row) >= 17) {
            out.fail(row, "DOB", "SDQ_SCORE", "SDQ_REASON");
        }
    });

    /**
     * 190: a child not looked after continuously for 12 months at 31 March (by this year's episodes) has an item about
     * such children filled.
     */
    static final Rule NOT_COHORT_WITH_DATA = oc2("190", (files, row, out) -> {
        if (any(row, TWELVE_MONTHS) && !OutcomeFacts.twelveMonths(files, row.child())) {
            out.fail(row, filled(row, TWELVE_MONTHS));
        }
    });

    /**
     * 191: a child looked after continuously for 12 months at 31 March has immunisations, teeth check, health
     * assessment or substance misuse blank in OC2. Reading: the child's OC2 row is checked; a child of the cohort with
     * no OC2 row at all fails on their open episode (field CHILD), since the DfE's list names CHILD for that case.
     */
    static final Rule COHORT_HEALTH_BLANK = rule("191", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                List<ReturnRow> rows = files.of(Table.OC2, child);
                if (rows.isEmpty() && !files.supplied(Table.OC2)) {
                    return;
                }
                boolean blank = rows.isEmpty() || rows.stream().anyMatch(row -> anyBlank(row, HEALTH));
                if (blank && OutcomeFacts.twelveMonths(files, child)) {
                    if (rows.isEmpty()) {
                        out.fail(OutcomeFacts.openAtEnd(files, child), "CHILD");
                    } else {
                        rows.stream().filter(row -> anyBlank(row, HEALTH)).forEach(row -> out.fail(row, HEALTH));
                    }
                }
            }));

    /** 192: a substance misuse problem (1) but whether an intervention was received is blank. */
    static final Rule RECEIVED_BLANK = oc2("192", (files, row, out) -> {
        if (row.in("SUBSTANCE_MISUSE", "1") && row.blank("INTERVENTION_RECEIVED")) {
            out.fail(row, "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED");
        }
    });

    /**
     * 193: no substance misuse problem identified, but an intervention item is filled. Reading: "not identified" as
     * SUBSTANCE_MISUSE 0 or blank.
     */
    static final Rule INTERVENTION_WITHOUT_MISUSE = oc2("193", (files, row, out) -> {
        if (!row.in("SUBSTANCE_MISUSE", "1") && any(row, "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")) {
            out.fail(row, "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
        }
    });

    /** 196: the reason for no SDQ score is filled but not on the year's list ({@link Oc2Codes#SDQ_REASON}). */
    static final Rule SDQ_REASON_CODE = oc2("196", (files, row, out) -> {
        if (row.has("SDQ_REASON") && !Oc2Codes.SDQ_REASON.isValid(row.get("SDQ_REASON"), files.year())) {
            out.fail(row, "SDQ_REASON");
        }
    });

    /**
     * 197B: a child of the cohort aged 4 or over on 1 April and 17 or under at 31 March has neither an SDQ score nor a
     * reason for none. Reading: "4- or 17-year-olds" as the ages from 4 to 17, and only children of the OC2 cohort (the
     * list names the episodes), as the open-source validators read it.
     */
    static final Rule SDQ_MISSING = oc2("197B", (files, row, out) -> {
        if (row.blank("SDQ_SCORE") && row.blank("SDQ_REASON") && OutcomeFacts.ageAtStart(files, row) >= 4
                && OutcomeFacts.ageAtEnd(files, row) <= 17 && OutcomeFacts.twelveMonths(files, row.child())) {
            out.fail(row, "SDQ_REASON", "DOB");
        }
    });

    /** 197a: both an SDQ score and a reason for no score are filled. */
    static final Rule SCORE_AND_REASON = oc2("197a", (files, row, out) -> {
        if (row.has("SDQ_SCORE") && row.has("SDQ_REASON")) {
            out.fail(row, "SDQ_SCORE", "SDQ_REASON");
        }
    });

    /**
     * 215: a child with care leavers' information (OC3 IN_TOUCH, ACTIV or ACCOM filled) has items about children looked
     * after for 12 months filled; the OC2 row fails on those items.
     */
    static final Rule LEAVER_WITH_OC2 = oc2("215", (files, row, out) -> {
        if (any(row, TWELVE_MONTHS)
                && files.of(Table.OC3, row.child()).stream().anyMatch(oc3 -> any(oc3, OutcomeFacts.CARE_LEAVER))) {
            out.fail(row, filled(row, TWELVE_MONTHS));
        }
    });

    /** 542: a child aged under 10 at 31 March has conviction information. */
    static final Rule CONVICTION_UNDER_TEN = oc2("542", (files, row, out) -> {
        if (row.has("CONVICTED")) {
            int age = OutcomeFacts.ageAtEnd(files, row);
            if (age >= 0 && age < 10) {
                out.fail(row, "CONVICTED");
            }
        }
    });

    /** 544: conviction information is filled but one of the four health items is blank. */
    static final Rule CONVICTION_NEEDS_HEALTH = oc2("544", (files, row, out) -> {
        if (row.has("CONVICTED") && anyBlank(row, HEALTH)) {
            out.fail(row, "CONVICTED", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");
        }
    });

    /**
     * 545: a child aged under 5 at 31 March and looked after continuously for 12 months has no health promotion
     * information (HEALTH_CHECK blank). Reading: the cohort by the episodes, as for rules 190 and 191.
     */
    static final Rule HEALTH_CHECK_UNDER_FIVE = oc2("545", (files, row, out) -> {
        if (row.blank("HEALTH_CHECK")) {
            int age = OutcomeFacts.ageAtEnd(files, row);
            if (age >= 0 && age < 5 && OutcomeFacts.twelveMonths(files, row.child())) {
                out.fail(row, "DOB", "HEALTH_CHECK");
            }
        }
    });

    /** 547: health promotion information is filled but one of the four health items is blank. */
    static final Rule HEALTH_CHECK_NEEDS_HEALTH = oc2("547", (files, row, out) -> {
        if (row.has("HEALTH_CHECK") && anyBlank(row, HEALTH)) {
            out.fail(row, "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");
        }
    });

    /** INT33: a child has one OC2 row; every row after the first of a child fails. */
    static final Rule ONCE = Rule.oncePerChild("INT33", Table.OC2);

    private Oc2Rules() {
    }

    static List<Rule> rules() {
        return List.of(SDQ1_FOR_SDQ_AGE, OFFERED_WHEN_RECEIVED, OFFERED_WHEN_NOT_RECEIVED, SDQ_SCORE, ZERO_OR_ONE,
                HEALTH_COMPLETE, COHORT_WITHOUT_ADOPTION_OR_LEAVING, SDQ_UNDER_FOUR, SDQ_SEVENTEEN, NOT_COHORT_WITH_DATA,
                COHORT_HEALTH_BLANK, RECEIVED_BLANK, INTERVENTION_WITHOUT_MISUSE, SDQ_REASON_CODE, SDQ_MISSING,
                SCORE_AND_REASON, LEAVER_WITH_OC2, CONVICTION_UNDER_TEN, CONVICTION_NEEDS_HEALTH, HEALTH_CHECK_UNDER_FIVE,
                HEALTH_CHECK_NEEDS_HEALTH, ONCE);
    }


    /** A rule checking each OC2 row on its own. */
    private static Rule oc2(String code, Rule.RowCheck check) {
        return Rule.eachRow(code, Table.OC2, check);
    }

    private static boolean score(String value) {
        if (value.isEmpty() || value.length() > 2) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return Integer.parseInt(value) <= 40;
    }
}
