package org.corporateparenting.domain.ssda903.rules.child;

import static org.corporateparenting.domain.ssda903.Rule.rule;
import static org.corporateparenting.domain.ssda903.rules.child.ChildFacts.uasc;
import static org.corporateparenting.domain.ssda903.rules.child.ChildFacts.uascLastYear;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.Failures;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on unaccompanied asylum-seeking children (UASC file, and the header's UASC status): the date UASC
 * status ceased (DUC) and its agreement with the status this year and last (205A to 205D, which read the previous
 * year's return). A child's UASC status is the header's UASC item where the header has it (XML returns), else a row in
 * the UASC file ({@link ChildFacts#uasc}).
 */
final class UascRules {

    private UascRules() {
    }

    /** 104: the date UASC status ceased is given but is not a real DD/MM/YYYY date. */
    static final Rule CEASED_DATE = rule("104", (files, out) -> files.rows(Table.UASC).forEach(row -> {
        if (row.badDate("DUC")) {
            out.fail(row, "DUC");
        }
    }));

    /**
     * 303: a date UASC status ceased is given but the header's UASC status is not 1. Reading: only a header with a
     * UASC item can contradict the UASC file; a CSV header has none, and the UASC file's row is then the status.
     */
    static final Rule CEASED_MEANS_UASC = rule("303", (files, out) -> files.rows(Table.UASC).forEach(row -> {
        ReturnRow header = files.header(row.child());
        if (row.has("DUC") && header != null && header.values().containsKey("UASC") && !header.in("UASC", "1")) {
            out.fail(row, "DUC");
        }
    }));

    /** 304: the date UASC status ceased falls after the child's 18th birthday (the UASC file's DOB, else the header's). */
    static final Rule CEASED_BY_18 = rule("304", (files, out) -> files.rows(Table.UASC).forEach(row -> {
        LocalDate ceased = row.date("DUC");
        LocalDate born = ChildFacts.born(files, row);
        if (ceased != null && born != null && ceased.isAfter(born.plusYears(18))) {
            out.fail(row, "DUC");
        }
    }));

    /**
     * 205A: UASC last year but not this year, yet the dates ceased do not show it: last year's date ceased is not in
     * last year's collection year, or this year's return gives another date ceased. Reading: the open-source validators
     * fail any date ceased this year; here this year's may repeat last year's (a CSV return's UASC file may carry a
     * former UASC child's row), but may not differ from it.
     */
    static final Rule NO_LONGER = rule("205A", (files, out) -> children(files).forEach(child -> {
        if (!uascLastYear(files, child) || uasc(files, child)) {
            return;
        }
        LocalDate before = lastCeased(files, child);
        CollectionYear last = new CollectionYear(files.year().startYear() - 1);
        boolean lastInYear = before != null && !before.isBefore(last.start()) && !before.isAfter(last.end());
        LocalDate now = ceased(files, child);
        if (!lastInYear || (now != null && !now.equals(before))) {
            failChild(files, out, child);
        }
    }));

    /**
     * 205B: UASC both years, yet a date ceased says the status ended before this year began. Reading: a child still
     * UASC this year cannot have ceased to be so before 1 April, so neither last year's date ceased nor this year's
     * may fall before this year's start (a date this year, or the 18th birthday still ahead, agrees).
     */
    static final Rule STILL = rule("205B", (files, out) -> children(files).forEach(child -> {
        if (!uascLastYear(files, child) || !uasc(files, child)) {
            return;
        }
        LocalDate before = lastCeased(files, child);
        LocalDate now = ceased(files, child);
        if ((before != null && before.isBefore(files.start())) || (now != null && now.isBefore(files.start()))) {
            failChild(files, out, child);
        }
    }));

    /** 205C: a date UASC status ceased is given for a child UASC neither this year nor last year. */
    static final Rule NEVER = rule("205C", (files, out) -> files.rows(Table.UASC).forEach(row -> {
        if (row.has("DUC") && !uasc(files, row.child()) && !uascLastYear(files, row.child())) {
            out.fail(row, "DUC");
        }
    }));

    /**
     * 205D: UASC this year but in last year's return as not UASC. Reading: a child absent from last year's header is
     * not compared (their status was not recorded last year).
     */
    static final Rule NEWLY = rule("205D", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        String child = row.child();
        if (uasc(files, child) && LastYearHeaderRules.lastHeader(files, child) != null && !uascLastYear(files, child)) {
            out.fail(row, "CHILD", "UASC");
        }
    }));

    /** Every child in this year's header or UASC file. */
    private static Set<String> children(ReturnFiles files) {
        Set<String> children = new LinkedHashSet<>(files.byChild(Table.HEADER).keySet());
        children.addAll(files.byChild(Table.UASC).keySet());
        return children;
    }

    private static LocalDate ceased(ReturnFiles files, String child) {
        ReturnRow row = ChildFacts.first(files.of(Table.UASC, child));
        return row == null ? null : row.date("DUC");
    }

    private static LocalDate lastCeased(ReturnFiles files, String child) {
        ReturnRow row = ChildFacts.first(files.lastByChild(Table.UASC).getOrDefault(child, List.of()));
        return row == null ? null : row.date("DUC");
    }

    /** The child's UASC row fails on its date ceased, else the header row on the status. */
    private static void failChild(ReturnFiles files, Failures out, String child) {
        ReturnRow row = ChildFacts.first(files.of(Table.UASC, child));
        if (row != null) {
            out.fail(row, "DUC");
        } else if (files.header(child) != null) {
            out.fail(files.header(child), "UASC");
        }
    }

    static List<Rule> rules() {
        return List.of(CEASED_DATE, CEASED_MEANS_UASC, CEASED_BY_18, NO_LONGER, STILL, NEVER, NEWLY);
    }
}
