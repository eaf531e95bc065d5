package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;
import org.corporateparenting.domain.ssda903.rules.periods.Chains;

/**
 * The 903 rules reading a child's episodes against their other files: the decision to place for adoption
 * (PlacedAdoption) and the adoption (AD1) against the periods of care, the strengths and difficulties questionnaire
 * (OC2) against the DfE's cohort of children looked after continuously for 12 months at 31 March, and the mother status
 * against last year's header.
 */
final class ChildFileRules {

    /**
     * 117: the date of the decision to place for adoption, or that the child should no longer be, is after the end of
     * the year or after the child's latest episode not ended by X1 ceased. The PlacedAdoption row and that episode fail.
     */
    static final Rule DECISION_TOO_LATE = rule("117", (files, out) -> files.byChild(Table.PLACED_ADOPTION)
            .forEach((child, rows) -> {
                ReturnRow latest = null;
                for (ReturnRow episode : files.episodes(child)) {
                    if (episode.date("DECOM") != null && !episode.in("REC", "X1")) {
                        latest = episode;
                    }
                }
                LocalDate ceased = latest == null ? null : latest.date("DEC");
                for (ReturnRow row : rows) {
                    if (after(row.date("DATE_PLACED"), files.end(), ceased)
                            || after(row.date("DATE_PLACED_CEASED"), files.end(), ceased)) {
                        out.fail(row, "DATE_PLACED_CEASED", "DATE_PLACED");
                        if (latest != null) {
                            out.fail(latest, "DEC", "REC", "DECOM");
                        }
                    }
                }
            }));

    /**
     * 118: the date of the decision that the child should no longer be placed for adoption is before the start of the
     * year or before the child's earliest episode this year other than a short break (V3, V4) began. The PlacedAdoption
     * row and that episode fail.
     */
    static final Rule DECISION_TOO_EARLY = rule("118", (files, out) -> files.byChild(Table.PLACED_ADOPTION)
            .forEach((child, rows) -> {
                ReturnRow earliest = files.episodes(child).stream()
                        .filter(episode -> !Chains.respite(episode) && episode.date("DECOM") != null).findFirst()
                        .orElse(null);
                LocalDate began = earliest == null ? null : earliest.date("DECOM");
                for (ReturnRow row : rows) {
                    LocalDate decided = row.date("DATE_PLACED_CEASED");
                    if (decided != null && (decided.isBefore(files.start()) || began != null && decided.isBefore(began))) {
                        out.fail(row, "DATE_PLACED_CEASED");
                        if (earliest != null) {
                            out.fail(earliest, "DECOM", "LS");
                        }
                    }
                }
            }));

    /** 185: an SDQ score for a child not looked after continuously for 12 months at 31 March. */
    static final Rule SCORE_OUTSIDE_COHORT = rule("185", (files, out) -> files.rows(Table.OC2).forEach(row -> {
        if (row.has("SDQ_SCORE") && !twelveMonths(files, row.child())) {
            out.fail(row, "SDQ_SCORE");
        }
    }));

    /**
     * 186: no SDQ score for a child of the cohort aged 4 or over on 1 April and under 17 on 31 March. Reading: a
     * reason for no score (SDQ_REASON) answers the rule, so only a row with neither fails (the open-source validators
     * fail a row missing either).
     */
    static final Rule SCORE_MISSING = rule("186", (files, out) -> files.rows(Table.OC2).forEach(row -> {
        if (row.blank("SDQ_SCORE") && row.blank("SDQ_REASON") && twelveMonths(files, row.child())) {
            LocalDate born = born(files, row);
            if (ReturnFiles.age(born, files.start()) >= 4 && born != null
                    && ReturnFiles.age(born, files.end()) < 17) {
                out.fail(row, "SDQ_SCORE");
            }
        }
    }));

    /** 198: a reason for no SDQ score for a child not looked after continuously for 12 months at 31 March. */
    static final Rule REASON_OUTSIDE_COHORT = rule("198", (files, out) -> files.rows(Table.OC2).forEach(row -> {
        if (row.has("SDQ_REASON") && !twelveMonths(files, row.child())) {
            out.fail(row, "SDQ_REASON");
        }
    }));

    /**
     * 207: last year's header recorded the child as a mother (MOTHER 1) and this year's header, for a child with
     * episodes this year, records something else. The header row fails.
     */
    static final Rule MOTHER_CHANGED = rule("207", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        List<ReturnRow> last = files.lastByChild(Table.HEADER).getOrDefault(row.child(), List.of());
        if (!last.isEmpty() && last.get(0).in("MOTHER", "1") && !row.in("MOTHER", "1")
                && !files.of(Table.EPISODES, row.child()).isEmpty()) {
            out.fail(row, "MOTHER");
        }
    }));

    /**
     * 334: the date the child should be placed for adoption (AD1 DATE_INT) is before the child started to be looked
     * after in the latest period of care (the start of the last period of the child's episodes). The AD1 row fails.
     */
    static final Rule DECISION_BEFORE_CARE = rule("334", (files, out) -> files.rows(Table.AD1).forEach(row -> {
        LocalDate decided = row.date("DATE_INT");
        List<ReturnRow> episodes = files.episodes(row.child());
        if (decided == null || episodes.isEmpty()) {
            return;
        }
        List<List<ReturnRow>> periods = Chains.periods(episodes);
        ReturnRow first = periods.get(periods.size() - 1).get(0);
        LocalDate began = first.date("DECOM");
        if (began != null && decided.isBefore(began)) {
            out.fail(row, "DATE_INT");
            out.fail(first, "DECOM", "RNE");
        }
    }));

    /**
     * 335: AD1 says the child was not adopted by the current foster carers (FOSTER_CARE 0) but the episode ceased as
     * adopted (E11, E12) was a placement with current foster carers (A3, A5), or says they were (1) but it was not (A4,
     * A6). The episode and the AD1 row fail.
     */
    static final Rule FOSTER_CARERS_AGAINST_PLACEMENT = rule("335", (files, out) -> files.rows(Table.AD1).forEach(row -> {
        for (ReturnRow episode : files.of(Table.EPISODES, row.child())) {
            if (episode.in("REC", "E11", "E12") && (row.in("FOSTER_CARE", "0") && episode.in("PLACE", "A3", "A5")
                    || row.in("FOSTER_CARE", "1") && episode.in("PLACE", "A4", "A6"))) {
                out.fail(episode, "PLACE");
                out.fail(row, "FOSTER_CARE");
            }
        }
    }));

    private ChildFileRules() {
    }

    static List<Rule> rules() {
        return List.of(DECISION_TOO_LATE, DECISION_TOO_EARLY, SCORE_OUTSIDE_COHORT, SCORE_MISSING, REASON_OUTSIDE_COHORT,
                MOTHER_CHANGED, DECISION_BEFORE_CARE, FOSTER_CARERS_AGAINST_PLACEMENT);
    }

    /** Whether the date is after the year's end or after the day given (when known). */
    private static boolean after(LocalDate date, LocalDate yearEnd, LocalDate ceased) {
        return date != null && (date.isAfter(yearEnd) || ceased != null && date.isAfter(ceased));
    }

    /** The child's date of birth from the header, else from the row (OC2 carries DOB). */
    private static LocalDate born(ReturnFiles files, ReturnRow row) {
        LocalDate born = Episodes.born(files, row.child());
        return born != null ? born : row.date("DOB");
    }

    /**
     * Whether the child is in the DfE's OC2 cohort: looked after at the end of 31 March, in a period of care (episodes
     * joined by X1) that began at least 12 months before (on or before 31 March a year earlier), with no short break
     * (V3, V4) in it. As {@code ChildHistory.continuouslyFor} reads the council's own records.
     */
    static boolean twelveMonths(ReturnFiles files, String child) {
        List<ReturnRow> episodes = files.episodes(child);
        if (episodes.isEmpty()) {
            return false;
        }
        List<List<ReturnRow>> periods = Chains.periods(episodes);
        List<ReturnRow> last = periods.get(periods.size() - 1);
        LocalDate began = last.get(0).date("DECOM");
        LocalDate ended = Chains.end(last);
        boolean open = ended == null ? !Chains.ceased(last.get(last.size() - 1)) : ended.isAfter(files.end());
        return open && began != null && !began.isAfter(files.end().minusMonths(12))
                && last.stream().noneMatch(Chains::respite);
    }
}
