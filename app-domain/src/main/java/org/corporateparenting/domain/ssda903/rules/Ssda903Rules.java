package org.corporateparenting.domain.ssda903.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.rules.child.ChildRuleSet;
import org.corporateparenting.domain.ssda903.rules.episodes.EpisodeRuleSet;
import org.corporateparenting.domain.ssda903.rules.outcomes.OutcomeRuleSet;
import org.corporateparenting.domain.ssda903.rules.periods.PeriodRuleSet;

/**
 * Every DfE validation rule this system implements, one definition per code, in four sets: the child's own records
 * (header, UASC, reviews, previous permanence, placed for adoption, integrity checks), episodes' fields and placements,
 * periods of care and their chains, and outcomes (OC2, OC3, AD1, missing, social worker episodes, deprivation of
 * liberty).
 */
public final class Ssda903Rules {

    private static final List<Rule> ALL = collect();
    private static final Map<String, Rule> BY_CODE = index(ALL);

    private Ssda903Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    private static List<Rule> collect() {
        List<Rule> all = new ArrayList<>();
        all.addAll(ChildRuleSet.rules());
        all.addAll(EpisodeRuleSet.rules());
        all.addAll(PeriodRuleSet.rules());
        all.addAll(OutcomeRuleSet.rules());
        return List.copyOf(all);
    }

    private static Map<String, Rule> index(List<Rule> rules) {
        Map<String, Rule> byCode = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byCode.put(rule.code(), rule) != null) {
                throw new IllegalStateException("Two definitions of 903 rule " + rule.code());
            }
        }
        return byCode;
    }
}
