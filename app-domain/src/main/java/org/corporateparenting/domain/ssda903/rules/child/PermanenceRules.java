package org.corporateparenting.domain.ssda903.rules.child;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.util.List;
import org.corporateparenting.domain.code.LocalAuthorityCodes;
import org.corporateparenting.domain.code.PermanenceCodes;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on a child's previous permanence order (PrevPerm): the option's code, the local authority that
 * arranged it, and no council or date for an option not known (Z1).
 */
final class PermanenceRules {

    private PermanenceRules() {
    }

    /**
     * 631: the previous permanence option is given but is not one of the PREV_PERM codes (P1 to P4, Z1). Reading: a
     * blank option is not "a value" and passes, as the open-source validators read the rule.
     */
    static final Rule OPTION = rule("631", (files, out) -> files.rows(Table.PREV_PERM).forEach(row -> {
        if (row.has("PREV_PERM") && !PermanenceCodes.PREVIOUS_PERMANENCE.isValid(row.get("PREV_PERM"), files.year())) {
            out.fail(row, "PREV_PERM");
        }
    }));

    /** 633: the local authority that arranged the order is given but is not a 903 local authority code. */
    static final Rule COUNCIL = rule("633", (files, out) -> files.rows(Table.PREV_PERM).forEach(row -> {
        if (row.has("LA_PERM") && !LocalAuthorityCodes.isValid(row.get("LA_PERM"))) {
            out.fail(row, "LA_PERM");
        }
    }));

    /** 635: the option is Z1 (not known) but a council or a date of the order is given. */
    static final Rule NOT_KNOWN = rule("635", (files, out) -> files.rows(Table.PREV_PERM).forEach(row -> {
        if (row.in("PREV_PERM", "Z1") && (row.has("LA_PERM") || row.has("DATE_PERM"))) {
            out.fail(row, "LA_PERM", "DATE_PERM", "PREV_PERM");
        }
    }));

    static List<Rule> rules() {
        return List.of(OPTION, COUNCIL, NOT_KNOWN);
    }
}
