package org.corporateparenting.domain.ssda903.rules.periods;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.ssda903.Rule;

/** The 903 rules on episodes over time: periods of care, their chains of new episodes and endings, and the previous year (codes 398 onwards of the rule lists). */
public final class PeriodRuleSet {

    private PeriodRuleSet() {
    }

    /** Every rule of this set. */
    public static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        return List.copyOf(rules);
    }
}
