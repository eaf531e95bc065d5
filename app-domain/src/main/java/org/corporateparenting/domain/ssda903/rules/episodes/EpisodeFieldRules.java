package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.code.CodeList;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.ssda903.Need;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;
import org.corporateparenting.domain.ssda903.rules.periods.Chains;

/**
 * The 903 rules on one episode's own fields: its codes against the DfE's lists, its dates against each other and the
 * collection year, and its distance, placing authority and postcodes. Children who are or were unaccompanied
 * asylum-seeking children (as the loaded files show, see rule 406) and short breaks (V3, V4) have no postcodes or
 * distance collected.
 */
final class EpisodeFieldRules {

    /** The earliest day an episode may begin: the Children Act 1989 came into force on 14 October 1991. */
    private static final LocalDate ACT_IN_FORCE = LocalDate.of(1991, 10, 14);

    /** The day independent living (P2) ceased to be a placement type. */
    private static final LocalDate P2_WITHDRAWN = LocalDate.of(2023, 10, 28);

    /** Placement location: in or out of the council's own area. */
    private static final Set<String> LOCATIONS = Set.of("IN", "OUT");

    /** 143: the reason for new episode is not a code of the list (blank included: every episode has one). */
    static final Rule REASON_NEW = code("143", Ssda903Codes.REASON_NEW, true);

    /** 144: the legal status is not a code of the list (blank included). */
    static final Rule LEGAL_STATUS = code("144", Ssda903Codes.LEGAL_STATUS, true);

    /** 145: the category of need is not a code of the list (blank included). */
    static final Rule CATEGORY_OF_NEED = code("145", Ssda903Codes.CATEGORY_OF_NEED, true);

    /**
     * 146: the placement type is not a code of the list (blank included). Reading: a code is judged by the list of the
     * collection year the episode began in, so an H5 episode begun in 2022-23 and still open is not failed for a later
     * withdrawal of the code; an episode whose start is not a date is judged by the return's year.
     */
    static final Rule PLACEMENT_TYPE = rule("146", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (!Ssda903Codes.PLACEMENT_TYPE.isValid(row.get("PLACE"), Episodes.startYear(row, files))) {
            out.fail(row, "PLACE");
        }
    }));

    /** 147: the date the episode ceased is filled but is not a real DD/MM/YYYY date. */
    static final Rule END_DATE = rule("147", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.badDate("DEC")) {
            out.fail(row, "DEC");
        }
    }));

    /** 148: the date and the reason the episode ceased are not both filled or both blank. */
    static final Rule END_AND_REASON = rule("148", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.has("DEC") != row.has("REC")) {
            out.fail(row, "DEC", "REC");
        }
    }));

    /** 149: the reason the episode ceased is filled but is not a code of the list (blank is rule 148's business). */
    static final Rule REASON_CEASED = code("149", Ssda903Codes.REASON_CEASED, false);

    /**
     * 164: the placement distance is not a number from 0.0 to 999.9 miles. Short breaks and children who are or were
     * UASC as the files show (see 406) are not checked, so, as the DfE's note says, a formerly UASC child the files do
     * not show may fail.
     */
    static final Rule DISTANCE_VALID = rule("164", (files, out) -> {
        Set<String> uasc = Chains.uasc(files);
        files.rows(Table.EPISODES).forEach(row -> {
            if (row.has("PL_DISTANCE") && !Chains.respite(row) && !uasc.contains(row.child())) {
                Double miles = Episodes.miles(row);
                if (miles == null || miles < 0.0 || miles > 999.9) {
                    out.fail(row, "PL_DISTANCE");
                }
            }
        });
    });

    /**
     * 169: the placement's local authority is missing on an episode other than a short break. Reading: PL_LA is derived
     * from the placement postcode when the council's system writes the return, so only a blank is failed; its form is
     * not checked against a list.
     */
    static final Rule AUTHORITY_MISSING = rule("169", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.blank("PL_LA") && !Chains.respite(row)) {
            out.fail(row, "PL_LA");
        }
    }));

    /** 178: the placement provider is filled but is not a code of the list (a blank is rule 526's business). */
    static final Rule PROVIDER_CODE = code("178", Ssda903Codes.PLACEMENT_PROVIDER, false);

    /** 179: the placement location is filled but is neither IN nor OUT (short breaks leave it blank). */
    static final Rule LOCATION_CODE = rule("179", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.has("PL_LOCATION") && !LOCATIONS.contains(row.get("PL_LOCATION"))) {
            out.fail(row, "PL_LOCATION");
        }
    }));

    /** 217t (2023-24): placement type P2 (independent living) on an episode begun on or after 28 October 2023. */
    static final Rule INDEPENDENT_LIVING_WITHDRAWN = rule("217t", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("PLACE", "P2")) {
            LocalDate start = row.date("DECOM");
            if (start != null && !start.isBefore(P2_WITHDRAWN)) {
                out.fail(row, "PLACE", "DECOM");
            }
        }
    }));

    /** 353: an episode begins before 14 October 1991. */
    static final Rule BEFORE_THE_ACT = rule("353", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (Episodes.year(row, "DECOM") > ACT_IN_FORCE.getYear()) {
            return;
        }
        LocalDate start = row.date("DECOM");
        if (start != null && start.isBefore(ACT_IN_FORCE)) {
            out.fail(row, "DECOM");
        }
    }));

    /**
     * 354: an episode begins after the end of the collection year. Reading: the DfE's message speaks of the date ceased
     * but its field is DECOM, the start (the end is rule 385).
     */
    static final Rule STARTS_AFTER_YEAR = rule("354", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        int year = Episodes.year(row, "DECOM");
        if (year >= 0 && year < files.end().getYear()) {
            return;
        }
        LocalDate start = row.date("DECOM");
        if (start != null && start.isAfter(files.end())) {
            out.fail(row, "DECOM");
        }
    }));

    /** 355: an episode ceased the day it began (less than 24 hours). */
    static final Rule UNDER_A_DAY = rule("355", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.has("DEC") && row.get("DEC").equals(row.get("DECOM")) && row.date("DEC") != null) {
            out.fail(row, "DECOM", "DEC");
        }
    }));

    /** 356: an episode ceased before it began. */
    static final Rule ENDS_BEFORE_START = rule("356", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.has("DEC")) {
            LocalDate end = row.date("DEC");
            LocalDate start = row.date("DECOM");
            if (end != null && start != null && end.isBefore(start)) {
                out.fail(row, "DECOM", "DEC");
            }
        }
    }));

    /** 385: an episode ceased after the end of the collection year. */
    static final Rule ENDS_AFTER_YEAR = rule("385", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        int year = Episodes.year(row, "DEC");
        if (year >= files.end().getYear()) {
            LocalDate end = row.date("DEC");
            if (end != null && end.isAfter(files.end())) {
                out.fail(row, "DEC");
            }
        }
    }));

    /** 392a: no placement distance on an episode other than a short break, for a child not known as UASC (see 164). */
    static final Rule DISTANCE_MISSING = rule("392a", (files, out) -> {
        Set<String> uasc = Chains.uasc(files);
        files.rows(Table.EPISODES).forEach(row -> {
            if (row.blank("PL_DISTANCE") && !Chains.respite(row) && !uasc.contains(row.child())) {
                out.fail(row, "PL_DISTANCE");
            }
        });
    });

    /**
     * 392b: the home or the placement postcode is missing on an episode other than a short break, for a child not
     * known as UASC (see 164). Reading: either one missing fails; both are collected for every such episode.
     */
    static final Rule POSTCODES_MISSING = rule("392b", (files, out) -> {
        Set<String> uasc = Chains.uasc(files);
        files.rows(Table.EPISODES).forEach(row -> {
            if ((row.blank("HOME_POST") || row.blank("PL_POST")) && !Chains.respite(row) && !uasc.contains(row.child())) {
                out.fail(row, "HOME_POST", "PL_POST");
            }
        });
    });

    /**
     * 392c: a home or placement postcode given is not a postcode of the postcode lookup loaded with the return (spaces
     * and case ignored). Not run without a lookup.
     */
    static final Rule POSTCODES_INVALID = rule("392c", (files, out) -> files.reference().postcodes().ifPresent(lookup ->
            files.rows(Table.EPISODES).forEach(row -> {
                if (row.has("HOME_POST") && lookup.find(row.get("HOME_POST")).isEmpty()
                        || row.has("PL_POST") && lookup.find(row.get("PL_POST")).isEmpty()) {
                    out.fail(row, "HOME_POST", "PL_POST");
                }
            }))).needing(Need.POSTCODES);

    /** 392d: the home and placement postcodes are the same (spaces and case ignored) and the placement is not P1. */
    static final Rule SAME_POSTCODES = rule("392d", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.has("HOME_POST") && row.has("PL_POST") && !row.in("PLACE", "P1")
                && Episodes.samePostcode(row.get("HOME_POST"), row.get("PL_POST"))) {
            out.fail(row, "HOME_POST", "PL_POST", "PLACE");
        }
    }));

    private EpisodeFieldRules() {
    }

    static List<Rule> rules() {
        return List.of(REASON_NEW, LEGAL_STATUS, CATEGORY_OF_NEED, PLACEMENT_TYPE, END_DATE, END_AND_REASON,
                REASON_CEASED, DISTANCE_VALID, AUTHORITY_MISSING, PROVIDER_CODE, LOCATION_CODE,
                INDEPENDENT_LIVING_WITHDRAWN, BEFORE_THE_ACT, STARTS_AFTER_YEAR, UNDER_A_DAY, ENDS_BEFORE_START,
                ENDS_AFTER_YEAR, DISTANCE_MISSING, POSTCODES_MISSING, POSTCODES_INVALID, SAME_POSTCODES);
    }

    /** The field, when filled (or always, when {@code required}), holds a code of the list in the return's year. */
    private static Rule code(String code, CodeList list, boolean required) {
        String field = list.field();
        return rule(code, (files, out) -> files.rows(Table.EPISODES).forEach((ReturnRow row) -> {
            if ((required || row.has(field)) && !list.isValid(row.get(field), files.year())) {
                out.fail(row, field);
            }
        }));
    }
}
