package org.corporateparenting.domain.ssda903.rules.child;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The DfE's integrity checks between the files of a return (INT01 to INT36, EPI): every child in a file is in the
 * header, has the header's date of birth and sex, and appears once where a file allows one row a child; and a child in
 * the header has episodes.
 */
final class IntegrityRules {

    private IntegrityRules() {
    }

    /** INT01 to INT09: each row of the file names a child the header lists. */
    static Rule inHeader(String code, Table table) {
        return rule(code, (files, out) -> files.rows(table).forEach(row -> {
            if (files.header(row.child()) == null) {
                out.fail(row, "CHILD");
            }
        }));
    }

    /**
     * INT11 to INT18: the file's date of birth is the header's. Reading: compared as dates where both are real dates,
     * else as written; a child the header lacks is INT01 to INT09's
     * business, and a blank on either side is left to the files' own date rules.
     */
    static Rule sameBirthDate(String code, Table table) {
        return rule(code, (files, out) -> files.rows(table).forEach(row -> {
            ReturnRow header = files.header(row.child());
            if (header != null && row.has("DOB") && header.has("DOB") && !sameDate(row, header, "DOB")) {
                out.fail(row, "DOB");
            }
        }));
    }

    /** INT21: the UASC file's sex is the header's (compared in either year's coding). */
    static final Rule UASC_SEX = rule("INT21", (files, out) -> files.rows(Table.UASC).forEach(row -> {
        ReturnRow header = files.header(row.child());
        if (header != null && row.has("SEX")
                && !ChildFacts.sexAsLetter(row.get("SEX")).equals(ChildFacts.sexAsLetter(header.get("SEX")))) {
            out.fail(row, "SEX");
        }
    }));

    /**
     * EPI: a child in the header has no episode in the return, so the episode rules cannot check the child (a warning
     * on the DfE's portal, which holds the episodes of earlier years; here the return's episodes are all there is). A
     * care leaver with a care leaver record (OC3) and no episode this year is in the header for that record and is not
     * failed, as the open-source validators read the rule.
     */
    static final Rule EPISODES_NEEDED = rule("EPI", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (files.of(Table.EPISODES, row.child()).isEmpty() && files.of(Table.OC3, row.child()).isEmpty()) {
            out.fail(row, "CHILD");
        }
    }));

    private static boolean sameDate(ReturnRow row, ReturnRow header, String column) {
        LocalDate mine = row.date(column);
        LocalDate theirs = header.date(column);
        if (mine != null && theirs != null) {
            return mine.equals(theirs);
        }
        return row.get(column).equals(header.get(column));
    }

    static List<Rule> rules() {
        return List.of(inHeader("INT01", Table.AD1), inHeader("INT02", Table.PLACED_ADOPTION),
                inHeader("INT03", Table.EPISODES), inHeader("INT04", Table.MISSING), inHeader("INT05", Table.OC2),
                inHeader("INT06", Table.OC3), inHeader("INT07", Table.PREV_PERM), inHeader("INT08", Table.REVIEWS),
                inHeader("INT09", Table.UASC),
                sameBirthDate("INT11", Table.AD1), sameBirthDate("INT12", Table.PLACED_ADOPTION),
                sameBirthDate("INT13", Table.MISSING), sameBirthDate("INT14", Table.OC2),
                sameBirthDate("INT15", Table.OC3), sameBirthDate("INT16", Table.PREV_PERM),
                sameBirthDate("INT17", Table.REVIEWS), sameBirthDate("INT18", Table.UASC),
                UASC_SEX, Rule.oncePerChild("INT32", Table.HEADER), Rule.oncePerChild("INT35", Table.PREV_PERM), Rule.oncePerChild("INT36", Table.UASC),
                EPISODES_NEEDED);
    }
}
