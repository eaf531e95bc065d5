package org.corporateparenting.domain.ssda903.rules.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on reviews. */
class ReviewRulesTest {

    @Test
    void rule166ReviewDateIsARealDate() {
        assertEquals(List.of(), Given.year(2025).row(Table.REVIEWS, "CHILD=1", "REVIEW=01/06/2025").failing("166"));
        assertEquals(List.of(2, 3), Given.year(2025).row(Table.REVIEWS, "CHILD=1", "REVIEW=")
                .row(Table.REVIEWS, "CHILD=1", "REVIEW=32/06/2025").failing("166"));
    }

    @Test
    void rule167ParticipationIsACode() {
        assertEquals(List.of(), Given.year(2025).row(Table.REVIEWS, "CHILD=1", "REVIEW_CODE=PN7").failing("167"));
        assertEquals(List.of(2, 3), Given.year(2025).row(Table.REVIEWS, "CHILD=1", "REVIEW_CODE=PN8")
                .row(Table.REVIEWS, "CHILD=1", "REVIEW_CODE=").failing("167"));
    }

    @Test
    void rule440Pn0IsForAChildUnder4() {
        assertEquals(List.of(), Given.year(2025)
                .row(Table.REVIEWS, "CHILD=1", "DOB=02/06/2021", "REVIEW=01/06/2025", "REVIEW_CODE=PN0").failing("440"));
        assertEquals(List.of(2), Given.year(2025)
                .row(Table.REVIEWS, "CHILD=1", "DOB=01/06/2021", "REVIEW=01/06/2025", "REVIEW_CODE=PN0").failing("440"));
    }

    @Test
    void rule441Pn1ToPn7AreForAChildOf4OrOver() {
        assertEquals(List.of(), Given.year(2025)
                .row(Table.REVIEWS, "CHILD=1", "DOB=01/06/2021", "REVIEW=01/06/2025", "REVIEW_CODE=PN1").failing("441"));
        // The date of birth from the header where the Reviews file has none.
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=02/06/2021")
                .row(Table.REVIEWS, "CHILD=1", "REVIEW=01/06/2025", "REVIEW_CODE=PN4").failing("441"));
    }
}
