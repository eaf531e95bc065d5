package org.corporateparenting.domain.ssda903.rules.periods;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules tying an episode's codes together: placement for adoption and the orders behind it, freeing orders and
 * placement orders against the day they were abolished and introduced (30 December 2005), special guardianship to former
 * foster carers, placement providers against placement types, the Ofsted URN, and the reason for a placement change.
 */
final class PlacementCodeRules {

    private static final LocalDate DECEMBER_2005 = LocalDate.of(2005, 12, 1);
    private static final LocalDate END_OF_2005 = LocalDate.of(2005, 12, 31);

    private static final Set<String> FOSTERING_OR_ADOPTION = Set.of("U1", "U2", "U3", "U4", "U5", "U6", "A3", "A4", "A5",
            "A6");

    /** The URN sent for a placement that has none (not Ofsted-registered). */
    private static final String NO_URN = "XXXXXXX";

    /**
     * 408: placed for adoption with a placement order (A5 or A6) but the legal status is not a placement order (E1). A
     * freeing order (D1) is not a placement order, as the open-source validators read it.
     */
    static final Rule PLACED_WITHOUT_ORDER = rule("408", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("PLACE", "A5", "A6") && !row.in("LS", "E1")) {
            out.fail(row, "PLACE", "LS");
        }
    }));

    /** 445 (to 2023-24): a freeing order (D1) on an episode begun after December 2005. */
    static final Rule FREEING_AFTER_2005 = rule("445", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        LocalDate start = Dates.of(row, "DECOM");
        if (row.in("LS", "D1") && start != null && start.isAfter(END_OF_2005)) {
            out.fail(row, "LS", "DECOM");
        }
    }));

    /** 446: a placement order (E1) on an episode begun before December 2005 (before 1 December 2005, as the message says). */
    static final Rule PLACEMENT_ORDER_BEFORE_2005 = rule("446", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        LocalDate start = Dates.of(row, "DECOM");
        if (row.in("LS", "E1") && start != null && start.isBefore(DECEMBER_2005)) {
            out.fail(row, "LS", "DECOM");
        }
    }));

    /** 451 (to 2023-24): an episode under a freeing order (D1) is still open: no end date and no reason ceased. */
    static final Rule STILL_FREED = rule("451", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("LS", "D1") && row.blank("DEC") && row.blank("REC")) {
            out.fail(row, "DEC", "REC", "LS");
        }
    }));

    /**
     * 516: the episode ceased with special guardianship to former foster carers (E45 or E46) but its placement is not
     * fostering (U1 to U6). Reading: the episode's own placement, the one the child left for the order.
     */
    static final Rule GUARDIANSHIP_TO_FOSTER_CARERS = rule("516", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("REC", "E45", "E46") && !row.in("PLACE", "U1", "U2", "U3", "U4", "U5", "U6")) {
            out.fail(row, "REC", "PLACE");
        }
    }));

    /**
     * 526: an episode has no placement provider code. Reading: temporary placements (T0 to T4) and other placements (Z1)
     * have no provider, as in the open-source validators; every other placement needs one.
     */
    static final Rule PROVIDER_MISSING = rule("526", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.has("PLACE") && !row.in("PLACE", "T0", "T1", "T2", "T3", "T4", "Z1") && row.blank("PLACE_PROVIDER")) {
            out.fail(row, "PLACE", "PLACE_PROVIDER");
        }
    }));

    /** 527: own provision (PR1) with placement P1, R2 or R5. */
    static final Rule OWN_PROVISION = provider("527", "PR1", Set.of("P1", "R2", "R5"));

    /** 528: other local authority provision (PR2) with placement P1, R2 or R5. */
    static final Rule OTHER_AUTHORITY = provider("528", "PR2", Set.of("P1", "R2", "R5"));

    /** 529: other public provision (PR3) with placement P1, A3 to A6, K1, K2 or U1 to U6. */
    static final Rule OTHER_PUBLIC = provider("529", "PR3",
            Set.of("P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6"));

    /** 530: private provision (PR4) with placement P1. */
    static final Rule PRIVATE = provider("530", "PR4", Set.of("P1"));

    /** 531: voluntary provision (PR5) with placement P1. */
    static final Rule VOLUNTARY = provider("531", "PR5", Set.of("P1"));

    /** 550: parents' provision (PR0) with any placement but P1. */
    static final Rule PARENTS = rule("550", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("PLACE_PROVIDER", "PR0") && row.has("PLACE") && !row.in("PLACE", "P1")) {
            out.fail(row, "PLACE", "PLACE_PROVIDER");
        }
    }));

    /**
     * 1008: the Ofsted URN is not in the Ofsted provider list loaded with the return. XXXXXXX (a placement with no URN)
     * and a blank URN are other rules' business.
     */
    static final Rule URN_KNOWN = rule("1008", (files, out) -> files.reference().providers().ifPresent(providers ->
            files.rows(Table.EPISODES).forEach(row -> {
                if (row.has("URN") && !row.in("URN", NO_URN) && providers.find(row.get("URN")).isEmpty()) {
                    out.fail(row, "URN");
                }
            })));

    /** 1009: the reason for a placement change is filled but is not a code of the year's list. */
    static final Rule PLACE_CHANGE_REASON = rule("1009", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.has("REASON_PLACE_CHANGE")
                && !Ssda903Codes.REASON_PLACE_CHANGE.isValid(row.get("REASON_PLACE_CHANGE"), files.year())) {
            out.fail(row, "REASON_PLACE_CHANGE");
        }
    }));

    /**
     * 1015: own provision (PR1) placed in another local authority. As in the open-source validators, fostering and
     * adoption placements (U1 to U6, A3 to A6: the council's carers may live elsewhere) and short breaks are not checked.
     * Reading: the council's own code is taken from its return as in rule 411 (the authority most episodes placed IN its
     * area name); a return with no such episode passes.
     */
    static final Rule OWN_PROVISION_ELSEWHERE = rule("1015", (files, out) -> {
        String own = RespiteAndLocationRules.ownAuthority(files);
        if (own == null) {
            return;
        }
        files.rows(Table.EPISODES).forEach(row -> {
            if (row.in("PLACE_PROVIDER", "PR1") && row.has("PL_LA") && !row.in("PL_LA", own) && row.has("PLACE")
                    && !FOSTERING_OR_ADOPTION.contains(row.get("PLACE")) && !Chains.respite(row)) {
                out.fail(row, "PL_LA");
            }
        });
    });

    private PlacementCodeRules() {
    }

    static List<Rule> rules() {
        return List.of(PLACED_WITHOUT_ORDER, FREEING_AFTER_2005, PLACEMENT_ORDER_BEFORE_2005, STILL_FREED,
                GUARDIANSHIP_TO_FOSTER_CARERS, PROVIDER_MISSING, OWN_PROVISION, OTHER_AUTHORITY, OTHER_PUBLIC, PRIVATE,
                VOLUNTARY, PARENTS, URN_KNOWN, PLACE_CHANGE_REASON, OWN_PROVISION_ELSEWHERE);
    }

    private static Rule provider(String code, String provider, Set<String> placements) {
        return rule(code, (files, out) -> files.rows(Table.EPISODES).forEach((ReturnRow row) -> {
            if (row.in("PLACE_PROVIDER", provider) && placements.contains(row.get("PLACE"))) {
                out.fail(row, "PLACE", "PLACE_PROVIDER");
            }
        }));
    }
}
