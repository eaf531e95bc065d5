package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.corporateparenting.domain.ssda903.Rule.rule;
import static org.corporateparenting.domain.ssda903.rules.outcomes.OutcomeFacts.CARE_LEAVER;
import static org.corporateparenting.domain.ssda903.rules.outcomes.OutcomeFacts.any;

import java.util.List;
import org.corporateparenting.domain.code.Oc3Codes;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.Need;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on OC3, care leavers' information around their 17th to 21st birthdays: whether the council is in touch,
 * their activity and accommodation (codes from {@link Oc3Codes}; ACTIV and ACCOM are 0 exactly when the young person
 * died or returned home, IN_TOUCH DIED or RHOM), all three or none, their age, no adoption data, and one OC3 row a child.
 * Who may have care leavers' information by their episodes is the period rules' (1000 to 1016).
 */
final class Oc3Rules {

    /** 131: IN_TOUCH is filled but not one of YES, NO, DIED, REFU, NREQ, RHOM; a blank is rule 153's. */
    static final Rule IN_TOUCH = oc3("131", (files, row, out) -> {
        if (row.has("IN_TOUCH") && !Oc3Codes.IN_TOUCH.isValid(row.get("IN_TOUCH"), files.year())) {
            out.fail(row, "IN_TOUCH");
        }
    });

    /**
     * 132: ACTIV is filled but neither an activity of the year's list (F1, P1, F2, P2, F4, P4, F5, P5, G4, G5, G6) nor 0
     * (nothing to report, for a young person who died or returned home; rule 344 checks which).
     */
    static final Rule ACTIVITY = oc3("132", (files, row, out) -> {
        if (row.has("ACTIV") && !row.in("ACTIV", "0") && !Oc3Codes.ACTIVITY.isValid(row.get("ACTIV"), files.year())) {
            out.fail(row, "ACTIV");
        }
    });

    /**
     * 133: ACCOM is filled but neither a type letter with 1 (suitable) or 2 (not suitable) nor 0; from 2022-23 S1 and
     * X1 are not valid ({@link Oc3Codes#isValidAccommodation}).
     */
    static final Rule ACCOMMODATION = oc3("133", (files, row, out) -> {
        if (row.has("ACCOM") && !row.in("ACCOM", "0") && !Oc3Codes.isValidAccommodation(row.get("ACCOM"), files.year())) {
            out.fail(row, "ACCOM");
        }
    });

    /**
     * 134: a child with care leavers' information (OC3 filled) has adoption data (AD1 filled). Reading: the AD1 row
     * fails, on its filled items; the OC3 row is named by the period rules where the episodes say it should not be there.
     */
    static final Rule NO_ADOPTION_DATA = rule("134", (files, out) -> files.byChild(Table.AD1).forEach((child, rows) -> {
        if (files.of(Table.OC3, child).stream().anyMatch(oc3 -> any(oc3, CARE_LEAVER))) {
            rows.stream().filter(row -> any(row, OutcomeFacts.ADOPTION))
                    .forEach(row -> out.fail(row, OutcomeFacts.filled(row, OutcomeFacts.ADOPTION)));
        }
    }));

    /** 153: some but not all of IN_TOUCH, ACTIV and ACCOM are filled (0 counts as filled). */
    static final Rule ALL_OR_NONE = oc3("153", (files, row, out) -> {
        if (any(row, CARE_LEAVER) && OutcomeFacts.anyBlank(row, CARE_LEAVER)) {
            out.fail(row, CARE_LEAVER);
        }
    });

    /**
     * 344: the young person died or returned home for 6 months or more (IN_TOUCH DIED or RHOM) but an activity or
     * accommodation is completed. Reading: completed as filled with something other than 0, the code for nothing to
     * report; blank is rule 153's.
     */
    static final Rule NOTHING_WHEN_DIED_OR_HOME = oc3("344", (files, row, out) -> {
        if (row.in("IN_TOUCH", "DIED", "RHOM") && (reported(row, "ACTIV") || reported(row, "ACCOM"))) {
            out.fail(row, CARE_LEAVER);
        }
    });

    /** 345: the council is in touch (IN_TOUCH YES) but the activity or accommodation is 0. */
    static final Rule SOMETHING_WHEN_IN_TOUCH = oc3("345", (files, row, out) -> {
        if (row.in("IN_TOUCH", "YES") && (row.in("ACTIV", "0") || row.in("ACCOM", "0"))) {
            out.fail(row, CARE_LEAVER);
        }
    });

    /**
     * 347 (from 2023-24): a care leaver aged under 18 at 31 March is accommodated in a Foyer (ACCOM T1 or T2). Reading:
     * the list names the episode's PLACE, DEC and URN, but a care leaver's accommodation is OC3's ACCOM, whose T is
     * "Foyers and similar supported accommodation"; the OC3 row fails.
     */
    static final Rule NO_FOYER_UNDER_EIGHTEEN = oc3("347", (files, row, out) -> {
        if (row.in("ACCOM", "T1", "T2")) {
            int age = OutcomeFacts.ageAtEnd(files, row);
            if (age >= 0 && age < 18) {
                out.fail(row, "ACCOM", "DOB");
            }
        }
    });

    /**
     * 348 (from 2025-26): last year's return reported the care leaver as having died (IN_TOUCH DIED) but this year's
     * OC3 reports them otherwise (IN_TOUCH filled and not DIED). It needs the previous year, though the DfE's list names
     * only this year's OC3.
     */
    static final Rule DIED_LAST_YEAR = oc3("348", (files, row, out) -> {
        if (row.has("IN_TOUCH") && !row.in("IN_TOUCH", "DIED") && files.lastByChild(Table.OC3)
                .getOrDefault(row.child(), List.of()).stream().anyMatch(last -> last.in("IN_TOUCH", "DIED"))) {
            out.fail(row, "IN_TOUCH");
        }
    }).needing(Need.PREVIOUS_YEAR);

    /**
     * 391: a young person with care leavers' information was not 17 to 21 in the year: their age at 31 March is not 17
     * to 21 (that age is the birthday they had in the year). A row without a known date of birth is left to the header's
     * date rules.
     */
    static final Rule AGE = oc3("391", (files, row, out) -> {
        if (any(row, CARE_LEAVER)) {
            int age = OutcomeFacts.ageAtEnd(files, row);
            if (age >= 0 && (age < 17 || age > 21)) {
                out.fail(row, "DOB", "IN_TOUCH", "ACTIV", "ACCOM");
            }
        }
    });

    /** INT34: a child has one OC3 row; every row after the first of a child fails. */
    static final Rule ONCE = Rule.oncePerChild("INT34", Table.OC3);

    private Oc3Rules() {
    }

    static List<Rule> rules() {
        return List.of(IN_TOUCH, ACTIVITY, ACCOMMODATION, NO_ADOPTION_DATA, ALL_OR_NONE, NOTHING_WHEN_DIED_OR_HOME,
                SOMETHING_WHEN_IN_TOUCH, NO_FOYER_UNDER_EIGHTEEN, DIED_LAST_YEAR, AGE, ONCE);
    }


    private static Rule oc3(String code, Rule.RowCheck check) {
        return Rule.eachRow(code, Table.OC3, check);
    }

    private static boolean reported(ReturnRow row, String field) {
        return row.has(field) && !row.in(field, "0");
    }
}
