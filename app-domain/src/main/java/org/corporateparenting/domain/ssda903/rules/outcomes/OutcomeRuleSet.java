package org.corporateparenting.domain.ssda903.rules.outcomes;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.ssda903.Rule;

/**
 * The 903 rules on outcomes: OC2, OC3, AD1, missing episodes, social worker episodes and deprivation of liberty orders,
 * in families by file. Each family is its own file; this set gathers them.
 */
public final class OutcomeRuleSet {

    private OutcomeRuleSet() {
    }

    /** Every rule of this set. */
    public static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(Oc2Rules.rules());
        rules.addAll(Oc3Rules.rules());
        rules.addAll(AdopterRules.rules());
        rules.addAll(MissingEpisodeRules.rules());
        rules.addAll(SocialWorkerRules.rules());
        rules.addAll(DeprivationOfLibertyRules.rules());
        return List.copyOf(rules);
    }
}
