package org.corporateparenting.domain.ssda903.rules.child;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntPredicate;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on the child's age (the header's date of birth) against the episodes and the care leaver record: no
 * episode before birth, who may start to be looked after or be remanded, how a looked-after 18 year old is
 * accommodated, the ages at which an episode may end by adoption, independent living or staying put, the UN4 UPN code,
 * and former foster carers as a 17 year old's accommodation. Rows whose dates are not real dates are skipped (the date
 * rules report them).
 */
final class AgeRules {

    private AgeRules() {
    }

    /** 302: an episode starts before the child was born (any episode: the first is the earliest). */
    static final Rule EPISODE_BEFORE_BIRTH = rule("302", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        LocalDate born = ChildFacts.born(files, row.child());
        LocalDate start = row.date("DECOM");
        if (born != null && start != null && start.isBefore(born)) {
            out.fail(row, "DECOM");
        }
    }));

    /** 352: the child started to be looked after (RNE S) aged 18 or over on the episode's start. */
    static final Rule STARTED_AT_18 = atAge("352", "DECOM", "RNE", age -> age >= 18, "S");

    /** 358: a remand or youth justice legal status (J1, J2, J3) for a child under 10 on the episode's start. */
    static final Rule REMANDED_UNDER_10 = atAge("358", "DECOM", "LS", age -> age < 10, "J1", "J2", "J3");

    /** 386: an episode ceased by adoption (E11, E12) when the child was 18 or over on the day it ended. */
    static final Rule ADOPTED_AT_18 = atAge("386", "DEC", "REC", age -> age >= 18, "E11", "E12");

    /** 387: an episode ceased by a move to independent living (E5, E6) when the child was under 14 on the day. */
    static final Rule INDEPENDENT_UNDER_14 = atAge("387", "DEC", "REC", age -> age < 14, "E5", "E6");

    /** 460: an episode ceased because the child stayed with the carers at 18 (E17) when the child was under 18. */
    static final Rule STAYED_PUT_UNDER_18 = atAge("460", "DEC", "REC", age -> age < 18, "E17");

    /**
     * 359: a child looked after past the 18th birthday (18th birthday before 31 March, episode still open) must be
     * accommodated under section 20(5) (LS V2) in a community home (PLACE K2), as the open-source validators read the
     * rule.
     */
    static final Rule OVER_18_ACCOMMODATION = rule("359", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.has("DEC") || (row.in("LS", "V2") && row.in("PLACE", "K2"))) {
            return;
        }
        LocalDate born = ChildFacts.born(files, row.child());
        if (born != null && born.plusYears(18).isBefore(files.end())) {
            out.fail(row, "DEC", "LS", "PLACE");
        }
    }));

    /**
     * 210: UPN UN4 (not yet obtained for a newly looked-after child) for a child looked after on 31 March and already
     * looked after a week before (on 24 March). The header row fails, once. Reading: the DfE's rule text ("no episode
     * DECOM must be on or after 24/03") and the open-source validators, which fail an episode begun in the last week,
     * contradict the message; the message is followed here.
     */
    static final Rule UN4_OVER_A_WEEK = rule("210", (files, out) -> {
        LocalDate weekBefore = files.end().minusDays(7);
        files.rows(Table.HEADER).forEach(row -> {
            if (row.in("UPN", "UN4") && lookedAfterOn(files, row.child(), weekBefore)
                    && lookedAfterOn(files, row.child(), files.end())) {
                out.fail(row, "UPN");
            }
        });
    });

    /**
     * 3001: a young person whose 17th birthday falls in the year has a care leaver record (OC3) giving former foster
     * carers (ACCOM Z1 or Z2) as their accommodation, which a 17 year old cannot have (staying put begins at 18).
     * The rule list names the field REC; the rule reads the OC3 accommodation.
     */
    static final Rule FORMER_CARERS_AT_17 = rule("3001", (files, out) -> files.rows(Table.OC3).forEach(row -> {
        LocalDate born = ChildFacts.born(files, row);
        if (born == null || !row.in("ACCOM", "Z1", "Z2")) {
            return;
        }
        LocalDate seventeenth = born.plusYears(17);
        if (!seventeenth.isBefore(files.start()) && !seventeenth.isAfter(files.end())) {
            out.fail(row, "ACCOM");
        }
    }));

    private static boolean lookedAfterOn(ReturnFiles files, String child, LocalDate day) {
        return files.of(Table.EPISODES, child).stream().anyMatch(episode -> {
            LocalDate start = episode.date("DECOM");
            LocalDate end = episode.date("DEC");
            return start != null && !start.isAfter(day) && (episode.blank("DEC") || (end != null && !end.isBefore(day)));
        });
    }

    /** An episode fails when its column holds one of the codes and the child's age on the date column fits. */
    private static Rule atAge(String code, String dateColumn, String codeColumn, IntPredicate fails, String... codes) {
        return rule(code, (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
            if (!row.in(codeColumn, codes)) {
                return;
            }
            LocalDate on = row.date(dateColumn);
            LocalDate born = ChildFacts.born(files, row.child());
            if (on != null && born != null && fails.test(ReturnFiles.age(born, on))) {
                out.fail(row, dateColumn, codeColumn);
            }
        }));
    }

    static List<Rule> rules() {
        return List.of(EPISODE_BEFORE_BIRTH, STARTED_AT_18, REMANDED_UNDER_10, ADOPTED_AT_18, INDEPENDENT_UNDER_14,
                STAYED_PUT_UNDER_18, OVER_18_ACCOMMODATION, UN4_OVER_A_WEEK, FORMER_CARERS_AT_17);
    }
}
