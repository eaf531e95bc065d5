package org.corporateparenting.domain.ssda903.rules.child;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/** The 903 rules on the child's own records: header, UASC, reviews, previous permanence, placed for adoption, and the integrity checks between files. */
public final class ChildRuleSet {

    /** 103: the ethnicity code is either not valid or has not been entered (by the year's ETHNIC list). */
    static final Rule ETHNICITY = rule("103", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (!Ssda903Codes.ETHNICITY.isValid(row.get("ETHNIC"), files.year())) {
            out.fail(row, "ETHNIC");
        }
    }));

    private ChildRuleSet() {
    }

    /** Every rule of this set. */
    public static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(ETHNICITY);
        return List.copyOf(rules);
    }
}
