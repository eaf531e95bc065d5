package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on times missing against the episodes. */
class MissingRulesTest {

    /** Child 1 in care from 1 April 2025 to 1 September 2025 (a placement move on 1 June, a legal status change on 1 July). */
    private static Given inCare() {
        return Given.year(2025)
                .episode("CHILD=1", "DECOM=01/04/2025", "RNE=S", "DEC=01/06/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/06/2025", "RNE=P", "DEC=01/07/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/07/2025", "RNE=L", "DEC=01/09/2025", "REC=E8");
    }

    @Test
    void rule575TimeMissingFromAnEndedPlacementHasAnEnd() {
        assertEquals(List.of(), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=10/04/2025", "MIS_END=12/04/2025")
                .failing("575"));
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "RNE=S")
                .row(Table.MISSING, "CHILD=1", "MIS_START=10/04/2025", "MIS_END=").failing("575"));
        assertEquals(List.of(2), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=10/04/2025", "MIS_END=").failing("575"));
        assertEquals(List.of(2), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=10/06/2025", "MIS_END=").failing("575"));
    }

    @Test
    void rule577TimeMissingInEndedCareHasAnEnd() {
        assertEquals(List.of(), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=10/06/2025", "MIS_END=11/06/2025")
                .failing("577"));
        assertEquals(List.of(2), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=10/08/2025", "MIS_END=").failing("577"));
    }

    @Test
    void rule578NotMissingAfterCareEnded() {
        assertEquals(List.of(), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=01/09/2025", "MIS_END=02/09/2025")
                .failing("578"));
        assertEquals(List.of(2), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=02/09/2025", "MIS_END=03/09/2025")
                .failing("578"));
    }

    @Test
    void rule580MissingWhenCareEndsIsReasonE8() {
        assertEquals(List.of(), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=20/08/2025", "MIS_END=").failing("580"));
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "RNE=S", "DEC=01/09/2025", "REC=E13")
                .row(Table.MISSING, "CHILD=1", "MIS_START=20/08/2025", "MIS_END=01/09/2025").failing("580"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "RNE=S", "DEC=01/09/2025", "REC=E13")
                .row(Table.MISSING, "CHILD=1", "MIS_START=20/08/2025", "MIS_END=").failing("580"));
    }

    @Test
    void rule581NotMissingBeforeCareBegan() {
        assertEquals(List.of(), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=01/04/2025", "MIS_END=02/04/2025")
                .failing("581"));
        assertEquals(List.of(2), inCare().row(Table.MISSING, "CHILD=1", "MIS_START=31/03/2025", "MIS_END=02/04/2025")
                .failing("581"));
    }
}
