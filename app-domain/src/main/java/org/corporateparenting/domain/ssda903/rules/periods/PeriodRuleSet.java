package org.corporateparenting.domain.ssda903.rules.periods;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.ssda903.Rule;

/**
 * The 903 rules on episodes over time: periods of care, their chains of new episodes and endings, and the previous year
 * (codes 398 onwards of the rule lists), in families by theme: short breaks and placement location, the chain of
 * episodes, placement codes and providers, the previous year's return, adoption, times missing, care leavers, and the
 * child's details that depend on their episodes.
 */
public final class PeriodRuleSet {

    private PeriodRuleSet() {
    }

    /** Every rule of this set. */
    public static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(RespiteAndLocationRules.rules());
        rules.addAll(ChainRules.rules());
        rules.addAll(PlacementCodeRules.rules());
        rules.addAll(PreviousYearRules.rules());
        rules.addAll(AdoptionRules.rules());
        rules.addAll(MissingRules.rules());
        rules.addAll(CareLeaverRules.rules());
        rules.addAll(ChildDetailRules.rules());
        return List.copyOf(rules);
    }
}
