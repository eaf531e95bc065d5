package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.util.List;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on the reason for a placement change (REASON_PLACE_CHANGE, recorded on the episode whose placement
 * ended): required when the placement changes, not given around temporary placements or on an episode still open, and
 * never custody for a child under 10. Whether the code is one of the list is rule 1009's business.
 */
final class PlacementChangeRules {

    /**
     * 225: an episode ended with X1 and the next one changes the placement (reason for new episode P, B, T or U) but no
     * reason for the change is given. Moves into or out of a temporary placement are not placement changes.
     */
    static final Rule REASON_REQUIRED = rule("225", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                List<ReturnRow> episodes = files.episodes(child);
                for (int i = 0; i < episodes.size() - 1; i++) {
                    ReturnRow row = episodes.get(i);
                    ReturnRow next = episodes.get(i + 1);
                    if (row.in("REC", "X1") && row.blank("REASON_PLACE_CHANGE") && !Episodes.temporary(row)
                            && next.in("RNE", "P", "B", "T", "U") && !Episodes.temporary(next)) {
                        out.fail(row, "REASON_PLACE_CHANGE");
                    }
                }
            }));

    /**
     * 226: a temporary placement (T0 to T4) has a reason for placement change, or the episode before it does (the move
     * into a temporary placement is not a placement change). The temporary episode fails, as the DfE's fields say.
     */
    static final Rule NOT_FOR_TEMPORARY = rule("226", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                List<ReturnRow> episodes = files.episodes(child);
                for (int i = 0; i < episodes.size(); i++) {
                    ReturnRow row = episodes.get(i);
                    if (Episodes.temporary(row) && (row.has("REASON_PLACE_CHANGE")
                            || i > 0 && episodes.get(i - 1).has("REASON_PLACE_CHANGE"))) {
                        out.fail(row, "REASON_PLACE_CHANGE", "PLACE");
                    }
                }
            }));

    /** 233 (from 2025-26): a reason for placement change on an episode that has not ceased (no end date). */
    static final Rule NOT_WHILE_OPEN = rule("233", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.blank("DEC") && row.has("REASON_PLACE_CHANGE")) {
            out.fail(row, "REASON_PLACE_CHANGE");
        }
    }));

    /**
     * 234 (from 2025-26): the placement changed for custody (CUSTOD) when the child was under 10. Reading: the reason
     * is the episode's own, so the age is taken on the day it ceased (the next episode's start, as the DfE's rule has
     * it); an episode with no end date is rule 233's business.
     */
    static final Rule NO_CUSTODY_UNDER_10 = rule("234", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("REASON_PLACE_CHANGE", "CUSTOD")) {
            int age = ReturnFiles.age(Episodes.born(files, row.child()), row.date("DEC"));
            if (age >= 0 && age < 10) {
                out.fail(row, "REASON_PLACE_CHANGE");
            }
        }
    }));

    private PlacementChangeRules() {
    }

    static List<Rule> rules() {
        return List.of(REASON_REQUIRED, NOT_FOR_TEMPORARY, NOT_WHILE_OPEN, NO_CUSTODY_UNDER_10);
    }
}
