package org.corporateparenting.domain.ssda903.rules.periods;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on short breaks (legal status V3 or V4: no postcodes, placing authority, motherhood or reviews are
 * collected for them) and on where a child is placed: placement location against the placing authority, the distance
 * from home and unaccompanied asylum-seeking children, whose distance is not collected.
 */
final class RespiteAndLocationRules {

    /** 398: an episode of short breaks (V3 or V4) has the home or placement postcode filled, from which the distance comes. */
    static final Rule POSTCODES_IN_RESPITE = rule("398", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (Chains.respite(row) && Chains.any(row, "HOME_POST", "PL_POST")) {
            out.fail(row, "LS", "HOME_POST", "PL_POST");
        }
    }));

    /**
     * 399: a child looked after only under short breaks this year (every episode V3 or V4) has MOTHER in the header, or
     * a review date or participation code in Reviews. Reading: "looked after under V3 or V4" as every episode of the
     * year; a child with any other legal status this year is not checked (the open-source validators fail a child with
     * any V3 or V4 episode, so a girl who had a short break and then came into care would fail for her MOTHER field).
     */
    static final Rule MOTHERHOOD_AND_REVIEWS_IN_RESPITE = rule("399", (files, out) -> {
        files.byChild(Table.EPISODES).forEach((child, episodes) -> {
            if (!episodes.stream().allMatch(Chains::respite)) {
                return;
            }
            ReturnRow header = files.header(child);
            if (header != null && header.has("MOTHER")) {
                out.fail(header, "MOTHER");
            }
            files.of(Table.REVIEWS, child).stream().filter(row -> Chains.any(row, "REVIEW", "REVIEW_CODE"))
                    .forEach(row -> out.fail(row, "REVIEW", "REVIEW_CODE"));
        });
    });

    /**
     * 406: a child who is or was an unaccompanied asylum-seeking child has a placement distance. Reading: UASC as the
     * loaded files show it (a UASC row with its date ceased, or UASC=1 in the header, this year or last), so, as the
     * DfE's note says, a child formerly UASC whom the loaded files do not show is not found.
     */
    static final Rule DISTANCE_FOR_UASC = rule("406", (files, out) -> {
        Set<String> uasc = Chains.uasc(files);
        files.rows(Table.EPISODES).stream().filter(row -> uasc.contains(row.child()) && row.has("PL_DISTANCE"))
                .forEach(row -> out.fail(row, "PL_DISTANCE"));
    });

    /**
     * 411: the placement location (IN or OUT of the council's area) disagrees with the placement's local authority.
     * Reading: the files do not say which council sent them, so the council's own code is taken as the local authority
     * most episodes placed IN the area name; an IN episode naming another authority, or an OUT episode naming that one,
     * fails (the open-source validators, which are told the council, check IN episodes only). A return with no IN episode
     * cannot be checked and passes.
     */
    static final Rule LOCATION_AGAINST_AUTHORITY = rule("411", (files, out) -> {
        String own = ownAuthority(files);
        if (own == null) {
            return;
        }
        files.rows(Table.EPISODES).forEach(row -> {
            if (row.has("PL_LA") && (row.in("PL_LOCATION", "IN") && !row.in("PL_LA", own)
                    || row.in("PL_LOCATION", "OUT") && row.in("PL_LA", own))) {
                out.fail(row, "PL_LOCATION");
            }
        });
    });

    /** 420: an episode of short breaks (V3 or V4) has the placement's local authority filled. */
    static final Rule AUTHORITY_IN_RESPITE = rule("420", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (Chains.respite(row) && row.has("PL_LA")) {
            out.fail(row, "PL_LA");
        }
    }));

    /** 426: a child has episodes under both V3 and V4 in the year; each of those episodes fails. */
    static final Rule BOTH_KINDS_OF_RESPITE = rule("426", (files, out) -> files.byChild(Table.EPISODES)
            .forEach((child, episodes) -> {
                boolean single = episodes.stream().anyMatch(row -> row.in("LS", "V3"));
                boolean multiple = episodes.stream().anyMatch(row -> row.in("LS", "V4"));
                if (single && multiple) {
                    episodes.stream().filter(Chains::respite).forEach(row -> out.fail(row, "LS"));
                }
            }));

    /**
     * 454 (from 2025-26): the placement is over 350 miles from home. Children who are or were UASC as far as the files
     * show (see 406) are left to rule 406, so, as the DfE's note says, a formerly UASC child the files do not show fails.
     */
    static final Rule DISTANCE_OVER_350_MILES = rule("454", (files, out) -> {
        Set<String> uasc = Chains.uasc(files);
        files.rows(Table.EPISODES).forEach(row -> {
            Double miles = miles(row);
            if (miles != null && miles > 350 && !uasc.contains(row.child())) {
                out.fail(row, "PL_DISTANCE");
            }
        });
    });

    private RespiteAndLocationRules() {
    }

    static List<Rule> rules() {
        return List.of(POSTCODES_IN_RESPITE, MOTHERHOOD_AND_REVIEWS_IN_RESPITE, DISTANCE_FOR_UASC,
                LOCATION_AGAINST_AUTHORITY, AUTHORITY_IN_RESPITE, BOTH_KINDS_OF_RESPITE, DISTANCE_OVER_350_MILES);
    }

    /** The distance in miles, or null when blank or not a number (the field rules' business). */
    static Double miles(ReturnRow row) {
        try {
            return row.has("PL_DISTANCE") ? Double.valueOf(row.get("PL_DISTANCE")) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The council's own local authority code: as given with the files, else as its return shows it (see 411). */
    static String ownAuthority(ReturnFiles files) {
        return files.ownAuthority();
    }
}
