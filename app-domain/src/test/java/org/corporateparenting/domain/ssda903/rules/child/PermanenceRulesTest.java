package org.corporateparenting.domain.ssda903.rules.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on previous permanence. */
class PermanenceRulesTest {

    @Test
    void rule631OptionIsACode() {
        assertEquals(List.of(), Given.year(2025).row(Table.PREV_PERM, "CHILD=1", "PREV_PERM=P2")
                .row(Table.PREV_PERM, "CHILD=2", "PREV_PERM=").failing("631"));
        assertEquals(List.of(2, 3), Given.year(2025).row(Table.PREV_PERM, "CHILD=1", "PREV_PERM=P9")
                .row(Table.PREV_PERM, "CHILD=2", "PREV_PERM=p1").failing("631"));
    }

    @Test
    void rule633CouncilIsALocalAuthorityCode() {
        assertEquals(List.of(), Given.year(2025).row(Table.PREV_PERM, "CHILD=1", "LA_PERM=941")
                .row(Table.PREV_PERM, "CHILD=2", "LA_PERM=SCO").row(Table.PREV_PERM, "CHILD=3", "LA_PERM=")
                .failing("633"));
        assertEquals(List.of(2), Given.year(2025).row(Table.PREV_PERM, "CHILD=1", "LA_PERM=458").failing("633"));
    }

    @Test
    void rule635NoCouncilOrDateForAnOptionNotKnown() {
        assertEquals(List.of(), Given.year(2025).row(Table.PREV_PERM, "CHILD=1", "PREV_PERM=Z1")
                .row(Table.PREV_PERM, "CHILD=2", "PREV_PERM=P1", "LA_PERM=202", "DATE_PERM=01/01/2020").failing("635"));
        assertEquals(List.of(2), Given.year(2025).row(Table.PREV_PERM, "CHILD=1", "PREV_PERM=Z1", "DATE_PERM=01/01/2020")
                .failing("635"));
    }
}
