package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on episodes' fields, codes and placements (codes 117 to 392d of the rule lists), in families by theme:
 * an episode's own fields, legal statuses and their durations, placements (ages, temporary placements, the order of
 * episodes), Ofsted providers and URNs, the reason for a placement change, and the episodes against the child's other
 * files (placed for adoption, AD1, OC2, last year's header).
 */
public final class EpisodeRuleSet {

    /** 141: the date the episode began is not a valid date (blank or not a real DD/MM/YYYY date). */
    static final Rule START_DATE = rule("141", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.date("DECOM") == null) {
            out.fail(row, "DECOM");
        }
    }));

    private EpisodeRuleSet() {
    }

    /** Every rule of this set. */
    public static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(START_DATE);
        rules.addAll(EpisodeFieldRules.rules());
        rules.addAll(LegalStatusRules.rules());
        rules.addAll(PlacementRules.rules());
        rules.addAll(SequenceRules.rules());
        rules.addAll(ProviderRules.rules());
        rules.addAll(PlacementChangeRules.rules());
        rules.addAll(ChildFileRules.rules());
        return List.copyOf(rules);
    }
}
