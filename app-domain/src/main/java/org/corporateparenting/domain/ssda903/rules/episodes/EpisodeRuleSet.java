package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/** The 903 rules on episodes' fields, codes and placements (codes 117 to 392d of the rule lists). */
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
        return List.copyOf(rules);
    }
}
