package org.corporateparenting.domain.ssda903.rules.child;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on looked-after reviews (Reviews file): the review's date, how the child took part (REVIEW_CODE, the
 * PARTICIPATION list PN0 to PN7), and that the code fits the child's age on the day: PN0 is for a child under 4, PN1
 * to PN7 for a child of 4 or over. The date of birth is the Reviews file's, else the header's.
 */
final class ReviewRules {

    private ReviewRules() {
    }

    /** 166: the date of the review is blank or not a real DD/MM/YYYY date. */
    static final Rule REVIEW_DATE = rule("166", (files, out) -> files.rows(Table.REVIEWS).forEach(row -> {
        if (row.date("REVIEW") == null) {
            out.fail(row, "REVIEW");
        }
    }));

    /** 167: the participation code is blank or not one of PN0 to PN7. */
    static final Rule PARTICIPATION = rule("167", (files, out) -> files.rows(Table.REVIEWS).forEach(row -> {
        if (!Ssda903Codes.PARTICIPATION.isValid(row.get("REVIEW_CODE"), files.year())) {
            out.fail(row, "REVIEW_CODE");
        }
    }));

    /** 440: PN0 (under 4) but the child was 4 or over on the day of the review. */
    static final Rule UNDER_4_CODE = rule("440", (files, out) -> files.rows(Table.REVIEWS).forEach(row -> {
        int age = ageAtReview(files, row);
        if (age >= 4 && row.in("REVIEW_CODE", "PN0")) {
            out.fail(row, "DOB", "REVIEW", "REVIEW_CODE");
        }
    }));

    /** 441: one of PN1 to PN7 (4 or over) but the child was under 4 on the day of the review. */
    static final Rule OVER_4_CODE = rule("441", (files, out) -> files.rows(Table.REVIEWS).forEach(row -> {
        int age = ageAtReview(files, row);
        if (age >= 0 && age < 4 && row.in("REVIEW_CODE", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")) {
            out.fail(row, "DOB", "REVIEW", "REVIEW_CODE");
        }
    }));

    /** Whole years on the day of the review; -1 when a date is not known. */
    private static int ageAtReview(ReturnFiles files, ReturnRow row) {
        LocalDate on = row.date("REVIEW");
        return ReturnFiles.age(ChildFacts.born(files, row), on);
    }

    static List<Rule> rules() {
        return List.of(REVIEW_DATE, PARTICIPATION, UNDER_4_CODE, OVER_4_CODE);
    }
}
