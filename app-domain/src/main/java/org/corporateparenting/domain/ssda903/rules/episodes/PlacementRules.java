package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on placement types: the youngest age for independent and supported living, custody, schools and
 * residential employment (age on the episode's start day, from the header's date of birth), temporary placements'
 * longest durations and number, placement for adoption with current foster carers, and reasons ceased that need a
 * placement or an age (adoption from a placement for adoption, adult social care from 16).
 */
final class PlacementRules {

    /** The day from which A3 and A5 mean placed for adoption with current foster carers (rule 217). */
    private static final LocalDate APRIL_2015 = LocalDate.of(2015, 4, 1);

    /**
     * 217: placed for adoption with current foster carers (A3 or A5) with a reason for new episode other than S, T or U.
     * As in the open-source 903 validators, only episodes begun on or after 1 April 2015 are checked.
     */
    static final Rule ADOPTION_WITH_FOSTER_CARERS = rule("217", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("PLACE", "A3", "A5") && !row.in("RNE", "S", "T", "U")) {
            LocalDate start = row.date("DECOM");
            if (start != null && !start.isBefore(APRIL_2015)) {
                out.fail(row, "PLACE", "DECOM", "RNE");
            }
        }
    }));

    /** 370 (to 2023-24): independent living (P2) under 15 on the episode's start day in 2022-23, under 16 in 2023-24. */
    static final Rule INDEPENDENT_LIVING_AGE = rule("370", (files, out) ->
            youngest(files, out, Set.of("P2"), files.year().startYear() <= 2022 ? 15 : 16));

    /**
     * 371: semi-independent or supported accommodation not subject to children's homes regulations under the youngest
     * age: H5 under 14 in 2022-23; H5 or K3 (supported accommodation) under 16 from 2023-24, as the DfE's message
     * changed. Reading: H5 is still checked after it was withdrawn, since an episode begun before then keeps its code.
     */
    static final Rule SUPPORTED_ACCOMMODATION_AGE = rule("371", (files, out) -> {
        if (files.year().startYear() <= 2022) {
            youngest(files, out, Set.of("H5"), 14);
        } else {
            youngest(files, out, Set.of("H5", "K3"), 16);
        }
    });

    /** 372: in a young offender institution or prison (R5) under 10. */
    static final Rule CUSTODY_AGE = rule("372", (files, out) -> youngest(files, out, Set.of("R5"), 10));

    /** 373: placed in a residential school (S1) under 4. */
    static final Rule SCHOOL_AGE = rule("373", (files, out) -> youngest(files, out, Set.of("S1"), 4));

    /** 374: in residential employment (P3) under 14. */
    static final Rule EMPLOYMENT_AGE = rule("374", (files, out) -> youngest(files, out, Set.of("P3"), 14));

    /** 375: a temporary period in hospital (T1) lasted more than six weeks (42 days; an open one to the year's end). */
    static final Rule HOSPITAL_TOO_LONG = longest("375", "T1", 42);

    /** 376: a temporary placement while the foster carers are on holiday (T3) lasted more than three weeks. */
    static final Rule CARERS_HOLIDAY_TOO_LONG = longest("376", "T3", 21);

    /**
     * 377: more than two temporary placements for the foster carers' holiday (T3) in the year. Reading: "any 12-month
     * period" as the collection year, counting T3 episodes begun in it; each of them fails.
     */
    static final Rule CARERS_HOLIDAYS_PER_YEAR = rule("377", (files, out) -> files.byChild(Table.EPISODES)
            .forEach((child, episodes) -> {
                if (!Episodes.any(episodes, "PLACE", "T3")) {
                    return;
                }
                List<ReturnRow> holidays = episodes.stream().filter(row -> row.in("PLACE", "T3")).filter(row -> {
                    LocalDate start = row.date("DECOM");
                    return start != null && !start.isBefore(files.start()) && !start.isAfter(files.end());
                }).toList();
                if (holidays.size() > 2) {
                    out.failAll(holidays, "PLACE");
                }
            }));

    /** 379: a temporary placement for an unspecified reason (T4) lasted more than seven days. */
    static final Rule UNSPECIFIED_TOO_LONG = longest("379", "T4", 7);

    /** 389: ceased for adult social care (E7) under 16 on the day the episode ceased. */
    static final Rule ADULT_CARE_AGE = rule("389", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("REC", "E7")) {
            int age = ReturnFiles.age(Episodes.born(files, row.child()), row.date("DEC"));
            if (age >= 0 && age < 16) {
                out.fail(row, "REC");
            }
        }
    }));

    /**
     * 390: ceased as adopted (E11 or E12) from a placement other than placed for adoption (A3 to A6). Reading: the
     * episode's own placement, the one the child was adopted from.
     */
    static final Rule ADOPTED_FROM_PLACEMENT = rule("390", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("REC", "E11", "E12") && !Episodes.ADOPTION.contains(row.get("PLACE"))) {
            out.fail(row, "PLACE", "REC");
        }
    }));

    private PlacementRules() {
    }

    static List<Rule> rules() {
        return List.of(ADOPTION_WITH_FOSTER_CARERS, INDEPENDENT_LIVING_AGE, SUPPORTED_ACCOMMODATION_AGE, CUSTODY_AGE,
                SCHOOL_AGE, EMPLOYMENT_AGE, HOSPITAL_TOO_LONG, CARERS_HOLIDAY_TOO_LONG, CARERS_HOLIDAYS_PER_YEAR,
                UNSPECIFIED_TOO_LONG, ADULT_CARE_AGE, ADOPTED_FROM_PLACEMENT);
    }

    /** Fails the episodes of the placement types begun before the child's birthday of the given age. */
    private static void youngest(ReturnFiles files, Failures out, Set<String> places,
            int years) {
        for (ReturnRow row : files.rows(Table.EPISODES)) {
            if (places.contains(row.get("PLACE"))) {
                int age = ReturnFiles.age(Episodes.born(files, row.child()), row.date("DECOM"));
                if (age >= 0 && age < years) {
                    out.fail(row, "DECOM", "PLACE");
                }
            }
        }
    }

    /** The rule that an episode of the placement type lasts no more than the given days (an open one to the year's end). */
    private static Rule longest(String code, String place, int days) {
        return rule(code, (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
            if (row.in("PLACE", place)) {
                LocalDate start = row.date("DECOM");
                if (start != null && Episodes.days(start, Episodes.endOrYearEnd(row, files)) > days) {
                    out.fail(row, "DECOM", "PLACE");
                }
            }
        }));
    }
}
