package org.corporateparenting.domain.ssda903.rules.child;

import static org.corporateparenting.domain.ssda903.Rule.rule;
import static org.corporateparenting.domain.ssda903.rules.child.ChildFacts.female;
import static org.corporateparenting.domain.ssda903.rules.child.ChildFacts.inYear;
import static org.corporateparenting.domain.ssda903.rules.child.ChildFacts.male;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on the header's own items: sex, date of birth, ethnicity, UASC status, the unique pupil number, and
 * whether a girl is a mother and when her first child was born (Header; 165 and 393 also read the episodes and OC3).
 */
final class HeaderRules {

    /** A UPN: a check letter (not I, O or S), then 12 digits, or 11 digits and a letter for a temporary UPN. */
    private static final Pattern UPN = Pattern.compile("[A-HJ-NP-RT-Z](\\d{12}|\\d{11}[A-Z])");
    /** The codes for a UPN not known: UN1 under school age ... UN5 not yet obtained. */
    private static final Pattern UNKNOWN_UPN = Pattern.compile("UN[1-5]");

    private HeaderRules() {
    }

    /**
     * 101: the child's reported sex is not valid: 1 or 2 to 2023-24, M, F or U from 2024-25 (the year's SEX list; the
     * DfE moved to letters in 2024-25, when the rule's message changed from "Gender code is not valid").
     */
    static final Rule SEX = rule("101", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (!Ssda903Codes.SEX.isValid(row.get("SEX"), files.year())) {
            out.fail(row, "SEX");
        }
    }));

    /** 102: the date of birth is blank or not a real DD/MM/YYYY date. */
    static final Rule BIRTH_DATE = rule("102", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (row.date("DOB") == null) {
            out.fail(row, "DOB");
        }
    }));

    /** 103: the ethnicity code is either not valid or has not been entered (by the year's ETHNIC list). */
    static final Rule ETHNICITY = rule("103", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (!Ssda903Codes.ETHNICITY.isValid(row.get("ETHNIC"), files.year())) {
            out.fail(row, "ETHNIC");
        }
    }));

    /**
     * 105: the header's UASC status is blank or not 0 or 1. Reading: the DfE's CSV header has no UASC column (the XML
     * header has the item; a CSV return's UASC children are those in the UASC file), so a header without the column
     * is not failed; a header that has it must fill it for every child.
     */
    static final Rule UASC_STATUS = rule("105", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (row.values().containsKey("UASC") && !row.in("UASC", "0", "1")) {
            out.fail(row, "UASC");
        }
    }));

    /**
     * 168: the UPN is not a UPN (a letter other than I, O or S then 12 digits, or 11 digits and a letter) nor one of
     * the codes UN1 to UN5 for a UPN not known. Reading: a blank UPN is rule 442's ("UPN field is not completed"), so
     * one failure names one fault, as the open-source validators read it. The check letter itself is not recomputed,
     * as the DfE's 903 rule checks the form only.
     */
    static final Rule UPN_FORM = rule("168", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        String upn = row.get("UPN");
        if (!upn.isEmpty() && !UPN.matcher(upn).matches() && !UNKNOWN_UPN.matcher(upn).matches()) {
            out.fail(row, "UPN");
        }
    }));

    /** 171: the date of birth of the mother's child is given but is not a real DD/MM/YYYY date. */
    static final Rule CHILDS_BIRTH_DATE = rule("171", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (row.badDate("MC_DOB")) {
            out.fail(row, "MC_DOB");
        }
    }));

    /** 174: the date of birth of the mother's child is given but the child's sex is male (in the year's coding). */
    static final Rule MALE_WITH_CHILD = rule("174", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (row.has("MC_DOB") && male(row, files.year())) {
            out.fail(row, "SEX", "MC_DOB");
        }
    }));

    /**
     * 209: UPN UN1 (under school age) for a child of school age: aged 4 or over on 31 August before the collection
     * year began (31 August 2024 for 2025-26), the reference day the open-source validators use, so that only a child
     * already in a reception year is failed.
     */
    static final Rule SCHOOL_AGE_UN1 = rule("209", (files, out) -> {
        LocalDate august = LocalDate.of(files.year().startYear() - 1, 8, 31);
        files.rows(Table.HEADER).forEach(row -> {
            LocalDate born = row.date("DOB");
            if (row.in("UPN", "UN1") && born != null && !born.plusYears(4).isAfter(august)) {
                out.fail(row, "UPN", "DOB");
            }
        });
    });

    /**
     * 231 (from 2024-25): a UASC child aged under 11 on 31 March, which the DfE expects to be rare (a query to check
     * the date of birth or explain). The list names the field UASC_STATUS; the header's column is UASC.
     */
    static final Rule YOUNG_UASC = rule("231", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        LocalDate born = row.date("DOB");
        if (born != null && born.plusYears(11).isAfter(files.end()) && ChildFacts.uasc(files, row.child())) {
            out.fail(row, "DOB", "UASC");
        }
    }));

    /** 232 (from 2024-25): the child's sex is reported as unknown (U). */
    static final Rule SEX_UNKNOWN = rule("232", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (ChildFacts.lettersForSex(files.year()) && row.in("SEX", "U")) {
            out.fail(row, "SEX");
        }
    }));

    /** 301: the date of birth falls after the collection year ended (31 March). */
    static final Rule BORN_AFTER_YEAR = rule("301", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        LocalDate born = row.date("DOB");
        if (born != null && born.isAfter(files.end())) {
            out.fail(row, "DOB");
        }
    }));

    /** 351: the child was over 25 at the start of the year: the 25th birthday fell before 1 April. */
    static final Rule OVER_25 = rule("351", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        LocalDate born = row.date("DOB");
        if (born != null && born.plusYears(25).isBefore(files.start())) {
            out.fail(row, "DOB");
        }
    }));

    /**
     * 444 (from 2025-26): the same UPN is reported for two or more children. Every header row of such a UPN fails;
     * the UN codes for an unknown UPN and blanks are not UPNs and are not compared.
     */
    static final Rule DUPLICATE_UPN = rule("444", (files, out) -> {
        Map<String, List<ReturnRow>> byUpn = new HashMap<>();
        for (ReturnRow row : files.rows(Table.HEADER)) {
            String upn = row.get("UPN");
            if (!upn.isEmpty() && !UNKNOWN_UPN.matcher(upn).matches()) {
                byUpn.computeIfAbsent(upn, key -> new ArrayList<>()).add(row);
            }
        }
        for (ReturnRow row : files.rows(Table.HEADER)) {
            List<ReturnRow> same = byUpn.get(row.get("UPN"));
            if (same != null && same.stream().map(ReturnRow::child).distinct().count() > 1) {
                out.fail(row, "UPN");
            }
        }
    });

    /** 611: the child is recorded as a mother (MOTHER 1) but the date of birth of her child is blank. */
    static final Rule MOTHER_WITHOUT_DATE = rule("611", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (row.in("MOTHER", "1") && row.blank("MC_DOB")) {
            out.fail(row, "MOTHER", "MC_DOB");
        }
    }));

    /** 612: a girl's child's date of birth is given but MOTHER is 0 or blank. */
    static final Rule DATE_WITHOUT_MOTHER = rule("612", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (female(row, files.year()) && row.has("MC_DOB") && (row.blank("MOTHER") || row.in("MOTHER", "0"))) {
            out.fail(row, "SEX", "MOTHER", "MC_DOB");
        }
    }));

    /** 620: the child is recorded as a mother but was under 11 at the start of the collection year. */
    static final Rule MOTHER_UNDER_11 = rule("620", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        LocalDate born = row.date("DOB");
        if (row.in("MOTHER", "1") && born != null && ReturnFiles.age(born, files.start()) < 11) {
            out.fail(row, "DOB", "MOTHER");
        }
    }));

    /** 621: the mother's child was born on or before the mother's own date of birth. */
    static final Rule CHILD_OLDER_THAN_MOTHER = rule("621", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        LocalDate born = row.date("DOB");
        LocalDate childBorn = row.date("MC_DOB");
        if (born != null && childBorn != null && !childBorn.isAfter(born)) {
            out.fail(row, "DOB", "MC_DOB");
        }
    }));

    /**
     * 165: the mother status is invalid: given but not 0 or 1; given for a male child; or blank for a girl looked
     * after in the year (an episode open in the year, short-break episodes under V3 or V4 apart). A girl with no
     * episode in the year may leave it blank when her care leaver record (OC3) is filled, as the DfE's rule allows;
     * without either she fails. Reading: sex U (from 2024-25) is neither male nor female, so MOTHER is allowed but not
     * required.
     */
    static final Rule MOTHER_STATUS = rule("165", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        boolean given = row.has("MOTHER");
        boolean bad;
        if (given) {
            bad = !row.in("MOTHER", "0", "1") || male(row, files.year());
        } else if (female(row, files.year())) {
            bad = lookedAfterInYear(files, row.child()) || !hasCareLeaverRecord(files, row.child());
        } else {
            bad = false;
        }
        if (bad) {
            out.fail(row, "MOTHER", "SEX");
        }
    }));

    /**
     * 393: a girl looked after (any episode in the return other than short breaks under V3 or V4) whose MOTHER is
     * blank.
     */
    static final Rule MOTHER_MISSING = rule("393", (files, out) -> files.rows(Table.HEADER).forEach(row -> {
        if (female(row, files.year()) && row.blank("MOTHER")
                && files.of(Table.EPISODES, row.child()).stream().anyMatch(e -> !e.in("LS", "V3", "V4"))) {
            out.fail(row, "MOTHER");
        }
    }));

    private static boolean lookedAfterInYear(ReturnFiles files, String child) {
        return files.of(Table.EPISODES, child).stream().anyMatch(e -> !e.in("LS", "V3", "V4") && inYear(e, files));
    }

    private static boolean hasCareLeaverRecord(ReturnFiles files, String child) {
        return files.of(Table.OC3, child).stream().anyMatch(r -> r.has("IN_TOUCH") || r.has("ACTIV") || r.has("ACCOM"));
    }

    static List<Rule> rules() {
        return List.of(SEX, BIRTH_DATE, ETHNICITY, UASC_STATUS, UPN_FORM, CHILDS_BIRTH_DATE, MALE_WITH_CHILD,
                SCHOOL_AGE_UN1, YOUNG_UASC, SEX_UNKNOWN, BORN_AFTER_YEAR, OVER_25, DUPLICATE_UPN, MOTHER_WITHOUT_DATE,
                DATE_WITHOUT_MOTHER, MOTHER_UNDER_11, CHILD_OLDER_THAN_MOTHER, MOTHER_STATUS, MOTHER_MISSING);
    }
}
