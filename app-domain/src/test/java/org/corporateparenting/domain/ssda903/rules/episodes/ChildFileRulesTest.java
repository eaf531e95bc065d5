package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule reading episodes against the child's other files. */
class ChildFileRulesTest {

    /** A child looked after since 1 January 2024, still in care at 31 March 2026, aged 10. */
    private static Given inCare() {
        return Given.year(2025).header("CHILD=1", "DOB=01/01/2015").episode("CHILD=1", "DECOM=01/01/2024", "RNE=S",
                "LS=C2");
    }

    /** A child looked after since 1 June 2025. */
    private static Given newToCare() {
        return Given.year(2025).header("CHILD=1", "DOB=01/01/2015").episode("CHILD=1", "DECOM=01/06/2025", "RNE=S",
                "LS=C2");
    }

    @Test
    void rule117DecisionIsNotAfterTheYearOrTheEndOfCare() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/09/2025", "REC=E11")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/06/2025").failing("117"));
        assertEquals(List.of(2, 2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/09/2025", "REC=E11")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/06/2025", "DATE_PLACED_CEASED=02/09/2025")
                .failing("117"));
    }

    @Test
    void rule118DecisionNoLongerToPlaceIsNotBeforeTheYearOrCare() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "LS=E1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED_CEASED=01/06/2025").failing("118"));
        assertEquals(List.of(2, 2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "LS=E1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED_CEASED=30/04/2025").failing("118"));
    }

    @Test
    void rule185NoScoreOutsideTheCohort() {
        assertEquals(List.of(), inCare().row(Table.OC2, "CHILD=1", "SDQ_SCORE=12").failing("185"));
        assertEquals(List.of(2), newToCare().row(Table.OC2, "CHILD=1", "SDQ_SCORE=12").failing("185"));
    }

    @Test
    void rule186TheCohortAged4To16HasAScoreOrAReason() {
        assertEquals(List.of(), inCare().row(Table.OC2, "CHILD=1", "SDQ_REASON=SDQ2").failing("186"));
        assertEquals(List.of(2), inCare().row(Table.OC2, "CHILD=1", "SDQ_SCORE=", "SDQ_REASON=").failing("186"));
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/06/2022")
                .episode("CHILD=1", "DECOM=01/01/2024", "RNE=S", "LS=C2").row(Table.OC2, "CHILD=1").failing("186"));
    }

    @Test
    void rule198NoReasonOutsideTheCohort() {
        assertEquals(List.of(), inCare().row(Table.OC2, "CHILD=1", "SDQ_REASON=SDQ1").failing("198"));
        assertEquals(List.of(2), newToCare().row(Table.OC2, "CHILD=1", "SDQ_REASON=SDQ1").failing("198"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/01/2024", "RNE=S", "LS=V3")
                .row(Table.OC2, "CHILD=1", "SDQ_REASON=SDQ1").failing("198"));
    }

    @Test
    void rule207AMotherStaysAMother() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "MOTHER=1").episode("CHILD=1")
                .last(Table.HEADER, "CHILD=1", "MOTHER=1").header("CHILD=2", "MOTHER=0")
                .last(Table.HEADER, "CHILD=2", "MOTHER=1").failing("207"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "MOTHER=0").episode("CHILD=1")
                .last(Table.HEADER, "CHILD=1", "MOTHER=1").failing("207"));
    }

    @Test
    void rule334DecisionToPlaceIsNotBeforeTheLatestPeriodBegan() {
        assertEquals(List.of(), inCare().row(Table.AD1, "CHILD=1", "DATE_INT=01/01/2024").failing("334"));
        assertEquals(List.of(2, 2), inCare().row(Table.AD1, "CHILD=1", "DATE_INT=31/12/2023").failing("334"));
    }

    @Test
    void rule335FosterCarersAgreeWithThePlacementAdoptedFrom() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "REC=E11", "PLACE=A5")
                .row(Table.AD1, "CHILD=1", "FOSTER_CARE=1").failing("335"));
        assertEquals(List.of(2, 2), Given.year(2025).episode("CHILD=1", "REC=E12", "PLACE=A6")
                .row(Table.AD1, "CHILD=1", "FOSTER_CARE=1").failing("335"));
    }
}
