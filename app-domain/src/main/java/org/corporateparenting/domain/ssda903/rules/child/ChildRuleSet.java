package org.corporateparenting.domain.ssda903.rules.child;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.ssda903.Rule;

/**
 * The 903 rules on the child's own records: the header's items and their agreement with last year's, ages against the
 * episodes, UASC, reviews (participation codes against age), previous permanence, decisions to place for adoption,
 * and the integrity checks between files. Each family is its own file; this set gathers them.
 */
public final class ChildRuleSet {

    private ChildRuleSet() {
    }

    /** Every rule of this set. */
    public static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(HeaderRules.rules());
        rules.addAll(LastYearHeaderRules.rules());
        rules.addAll(UascRules.rules());
        rules.addAll(AgeRules.rules());
        rules.addAll(ReviewRules.rules());
        rules.addAll(AdoptionDecisionRules.rules());
        rules.addAll(PermanenceRules.rules());
        rules.addAll(IntegrityRules.rules());
        return List.copyOf(rules);
    }
}
