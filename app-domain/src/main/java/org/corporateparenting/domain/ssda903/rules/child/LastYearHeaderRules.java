package org.corporateparenting.domain.ssda903.rules.child;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules comparing a child's header with the previous year's return (Header_last): sex, date of birth,
 * ethnicity, UPN, and the date of birth of a mother's first child stay as recorded. Each is run only when the previous
 * year's return is known, and compares only children in both years' headers.
 */
final class LastYearHeaderRules {

    private LastYearHeaderRules() {
    }

    /**
     * 202: the sex differs from last year's. Reading: compared across the change of coding in 2024-25, so a 2024-25 M
     * agrees with a 2023-24 1 (and F with 2); a blank on either side is rule 101's business.
     */
    static final Rule SEX = comparing("202", "SEX",
            (now, before) -> ChildFacts.sexAsLetter(now).equals(ChildFacts.sexAsLetter(before)));

    /** 203: the date of birth differs from last year's (as dates where both are real dates, else as written). */
    static final Rule BIRTH_DATE = comparing("203", "DOB", LastYearHeaderRules::sameDate);

    /** 204: the ethnicity differs from last year's. */
    static final Rule ETHNICITY = comparing("204", "ETHNIC", String::equals);

    /**
     * 208: the UPN differs from last year's. Reading (the DfE allows a UPN to become known, as the open-source
     * validators read it): no comparison when last year's was blank; from UN1 any UN code or a UPN may follow; from
     * UN2 to UN5 only a UPN; a known UPN must stay the same. Letters are compared without case.
     */
    static final Rule UPN = rule("208", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        ReturnRow before = lastHeader(files, row.child());
        if (before == null || before.blank("UPN")) {
            return;
        }
        String now = row.get("UPN").toUpperCase();
        String then = before.get("UPN").toUpperCase();
        boolean allowed;
        if (now.equals(then)) {
            allowed = true;
        } else if (then.equals("UN1")) {
            allowed = !now.isEmpty();
        } else if (then.matches("UN[2-5]")) {
            allowed = !now.isEmpty() && !now.startsWith("UN");
        } else {
            allowed = false;
        }
        if (!allowed) {
            out.fail(row, "UPN");
        }
    }));

    /** 624: the date of birth of the mother's first child differs from the one recorded last year (both given). */
    static final Rule CHILDS_BIRTH_DATE = comparing("624", "MC_DOB", LastYearHeaderRules::sameDate);

    /**
     * 626: the child is recorded as a mother this year with a first child born before the year began, but last year's
     * return recorded her as not a mother (MOTHER 0).
     */
    static final Rule MOTHER_BEFORE = rule("626", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        ReturnRow before = lastHeader(files, row.child());
        LocalDate childBorn = row.date("MC_DOB");
        if (before != null && row.in("MOTHER", "1") && childBorn != null && childBorn.isBefore(files.start())
                && before.in("MOTHER", "0")) {
            out.fail(row, "MOTHER", "MC_DOB");
        }
    }));

    /** The child's header row in the previous year's return, or null. */
    static ReturnRow lastHeader(ReturnFiles files, String child) {
        return ChildFacts.first(files.lastByChild(Table.HEADER).getOrDefault(child, List.of()));
    }

    private static Rule comparing(String code, String column, BiPredicate<String, String> same) {
        return rule(code, (files, out) -> files.rows(Table.HEADER).forEach(row -> {
            ReturnRow before = lastHeader(files, row.child());
            if (before != null && row.has(column) && before.has(column) && !same.test(row.get(column), before.get(column))) {
                out.fail(row, column);
            }
        }));
    }

    private static boolean sameDate(String now, String before) {
        LocalDate a = ChildFacts.date(now);
        LocalDate b = ChildFacts.date(before);
        return a != null && b != null ? a.equals(b) : now.equals(before);
    }

    static List<Rule> rules() {
        return List.of(SEX, BIRTH_DATE, ETHNICITY, UPN, CHILDS_BIRTH_DATE, MOTHER_BEFORE);
    }
}
