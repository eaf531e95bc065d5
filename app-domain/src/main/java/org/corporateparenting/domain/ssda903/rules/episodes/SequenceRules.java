package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.ssda903.Need;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;
import org.corporateparenting.domain.ssda903.rules.periods.Chains;

/**
 * The 903 rules on a child's episodes in order (by start date, as {@code ReturnFiles.episodes} sorts them): each
 * episode but the last has ended, the first is a start, a continuation follows an X1, periods of care neither begin nor
 * end in a temporary placement and a temporary placement returns to the placement before it, a placement for adoption
 * with foster carers follows fostering, and no child is looked after again after being adopted.
 */
final class SequenceRules {

    /** The placements a placement for adoption with current foster carers may follow (rule 336). */
    private static final Set<String> FOSTERING_OR_ADOPTION = Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5",
            "U6");

    /** 142: an episode other than the child's latest has no end date or no reason ceased (episodes with a start date). */
    static final Rule PREVIOUS_NOT_ENDED = rule("142", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                List<ReturnRow> episodes = files.episodes(child);
                int latest = episodes.size() - 1;
                while (latest >= 0 && episodes.get(latest).date("DECOM") == null) {
                    latest--;
                }
                for (int i = 0; i < latest; i++) {
                    ReturnRow row = episodes.get(i);
                    if (row.blank("DEC") || row.blank("REC")) {
                        out.fail(row, "DEC", "REC");
                    }
                }
            }));

    /**
     * 199: the child is looked after again after being adopted from care. Reading: an episode of this year that begins
     * after the start of the child's first episode ceased as adopted (E11 or E12), in this year's or last year's
     * episodes, fails; the adoption episode itself passes. As the DfE's note says, only the two years are tested, so
     * the rule needs last year's return and is not run without it.
     */
    static final Rule AFTER_ADOPTION = rule("199", (files, out) -> files.byChild(Table.EPISODES).keySet().forEach(child -> {
        LocalDate adopted = null;
        for (List<ReturnRow> rows : List.of(files.lastEpisodes(child), files.episodes(child))) {
            for (ReturnRow row : rows) {
                LocalDate start = row.in("REC", "E11", "E12") ? row.date("DECOM") : null;
                if (start != null && (adopted == null || start.isBefore(adopted))) {
                    adopted = start;
                }
            }
        }
        if (adopted == null) {
            return;
        }
        for (ReturnRow row : files.episodes(child)) {
            LocalDate start = row.date("DECOM");
            if (start != null && start.isAfter(adopted)) {
                out.fail(row, "CHILD");
            }
        }
    })).needing(Need.PREVIOUS_YEAR);

    /**
     * 336: placed for adoption with current foster carers (A3 or A5) when the episode before was not fostering or a
     * placement for adoption. Reading: A3 and A5 as the DfE's specification names them (the open-source validators'
     * code checks A3 and A4 although it quotes A3 and A5); the child's first episode in the return is not checked.
     */
    static final Rule ADOPTION_AFTER_FOSTERING = rule("336", (files, out) -> files.byChild(Table.EPISODES).keySet()
            .forEach(child -> {
                List<ReturnRow> episodes = files.episodes(child);
                for (int i = 1; i < episodes.size(); i++) {
                    ReturnRow row = episodes.get(i);
                    if (row.in("PLACE", "A3", "A5") && !FOSTERING_OR_ADOPTION.contains(episodes.get(i - 1).get("PLACE"))) {
                        out.fail(row, "PLACE");
                    }
                }
            }));

    /**
     * 357: the child's first episode has a reason for new episode other than S. Reading: as in the open-source
     * validators, only a first episode begun within the collection year is checked (an earlier one may follow episodes
     * not in the return).
     */
    static final Rule FIRST_IS_A_START = rule("357", (files, out) -> files.byChild(Table.EPISODES).keySet().forEach(child -> {
        List<ReturnRow> episodes = files.episodes(child);
        ReturnRow first = episodes.get(0);
        LocalDate start = first.date("DECOM");
        if (start != null && !start.isBefore(files.start()) && !first.in("RNE", "S")) {
            out.fail(first, "RNE");
        }
    }));

    /** 380: a period of care begins (reason for new episode S) in a temporary placement (T0 to T4). */
    static final Rule STARTS_TEMPORARY = rule("380", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("RNE", "S") && Episodes.temporary(row)) {
            out.fail(row, "PLACE", "RNE");
        }
    }));

    /** 381: a period of care ends (a reason ceased other than X1) in a temporary placement. */
    static final Rule ENDS_TEMPORARY = rule("381", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (Chains.ceased(row) && Episodes.temporary(row)) {
            out.fail(row, "PLACE", "REC");
        }
    }));

    /**
     * 383: after a temporary placement the child does not return to the placement before it. Reading: the first
     * episode after a run of temporary placements (within one period of care) must have the placement type of the
     * episode before the run, and from 2025-26, as the DfE's fields then say, a reason for new episode of P and the same
     * placement postcode too; a run at the start of the return, or ending the period, is not checked.
     */
    static final Rule RETURN_AFTER_TEMPORARY = rule("383", (files, out) -> {
        boolean full = files.year().startYear() >= 2025;
        files.byChild(Table.EPISODES).keySet().forEach(child -> {
            List<ReturnRow> episodes = files.episodes(child);
            ReturnRow usual = null;
            for (int i = 0; i < episodes.size(); i++) {
                ReturnRow row = episodes.get(i);
                boolean afterTemporary = i > 0 && Episodes.temporary(episodes.get(i - 1))
                        && !Chains.ceased(episodes.get(i - 1));
                if (Episodes.temporary(row)) {
                    continue;
                }
                if (afterTemporary && usual != null && (!Chains.same(row, usual, "PLACE")
                        || full && (!row.in("RNE", "P") || !Chains.same(row, usual, "PL_POST")))) {
                    out.fail(row, "PLACE", "RNE", "PL_POST");
                }
                usual = Chains.ceased(row) ? null : row;
            }
        });
    });

    /**
     * 388: an episode ceased with X1 (a new episode begins the same day) but no episode of the child begins on the day
     * it ceased.
     */
    static final Rule NO_CONTINUATION = rule("388", (files, out) -> files.byChild(Table.EPISODES).forEach((child, rows) -> {
        for (ReturnRow row : rows) {
            if (row.in("REC", "X1")) {
                String ceased = row.get("DEC");
                if (rows.stream().noneMatch(other -> other != row && other.get("DECOM").equals(ceased))) {
                    out.fail(row, "REC");
                }
            }
        }
    }));

    private SequenceRules() {
    }

    static List<Rule> rules() {
        return List.of(PREVIOUS_NOT_ENDED, AFTER_ADOPTION, ADOPTION_AFTER_FOSTERING, FIRST_IS_A_START, STARTS_TEMPORARY,
                ENDS_TEMPORARY, RETURN_AFTER_TEMPORARY, NO_CONTINUATION);
    }
}
