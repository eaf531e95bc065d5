package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on who may have care leavers' information. */
class CareLeaverRulesTest {

    private static final String[] OC3 = {"CHILD=1", "IN_TOUCH=YES", "ACTIV=F2", "ACCOM=S1"};
    private static final String[] OC3_BLANK = {"CHILD=1", "IN_TOUCH=", "ACTIV=", "ACCOM="};

    @Test
    void rule628NoMotherhoodForCareLeaverNotInCare() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "MOTHER=1").episode("CHILD=1", "DECOM=01/04/2025")
                .row(Table.OC3, OC3).failing("628"));
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "MOTHER=0").row(Table.OC3, OC3_BLANK).failing("628"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "MOTHER=0").row(Table.OC3, OC3).failing("628"));
    }

    @Test
    void rule1000NoCareLeaverInformationForAChildWhoDiedInCare() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=01/05/2025", "REC=E2").row(Table.OC3, OC3_BLANK)
                .failing("1000"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DEC=01/05/2025", "REC=E2").row(Table.OC3, OC3)
                .failing("1000"));
        assertEquals(List.of(2), Given.year(2025).last(Table.EPISODES, "CHILD=1", "DEC=01/05/2024", "REC=E2")
                .row(Table.OC3, OC3).failing("1000"));
    }

    @Test
    void rule1001CareLeaverWasARelevantChild() {
        Given relevant = Given.year(2025).header("CHILD=1", "DOB=01/06/2007")
                .last(Table.EPISODES, "CHILD=1", "DECOM=01/01/2024", "DEC=01/07/2024", "REC=E13").row(Table.OC3, OC3);
        assertEquals(List.of(), relevant.failing("1001"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/06/2007")
                .last(Table.EPISODES, "CHILD=1", "DECOM=01/05/2024", "DEC=01/07/2024", "REC=E13").row(Table.OC3, OC3)
                .failing("1001"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/06/2007")
                .last(Table.EPISODES, "CHILD=1", "DECOM=01/01/2022", "DEC=01/03/2023", "REC=E13").row(Table.OC3, OC3)
                .failing("1001"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/06/2007")
                .last(Table.EPISODES, "CHILD=1", "DECOM=01/01/2024", "DEC=01/07/2024", "REC=E11").row(Table.OC3, OC3)
                .failing("1001"));
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=31/03/2006").row(Table.OC3, OC3).failing("1001"));
    }

    @Test
    void rule1002CareLeaverHasEpisodesThisYearOrLast() {
        assertEquals(List.of(), Given.year(2025).last(Table.EPISODES, "CHILD=1", "DECOM=01/01/2024", "DEC=01/07/2024", "REC=E13")
                .row(Table.OC3, OC3).failing("1002"));
        assertEquals(List.of(2), Given.year(2025).lastYearKnown().row(Table.OC3, OC3).failing("1002"));
    }

    @Test
    void rule1007NoCareLeaverInformationForA17Or18YearOldStillInCare() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/06/2008")
                .episode("CHILD=1", "DECOM=01/01/2024", "DEC=01/06/2025", "REC=E13").row(Table.OC3, OC3).failing("1007"));
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/06/2006")
                .episode("CHILD=1", "DECOM=01/01/2024").row(Table.OC3, OC3).failing("1007"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/06/2008")
                .episode("CHILD=1", "DECOM=01/01/2024").row(Table.OC3, OC3).failing("1007"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/06/2007")
                .episode("CHILD=1", "DECOM=01/12/2025").row(Table.OC3, OC3).failing("1007"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/06/2008")
                .episode("CHILD=1", "DECOM=01/01/2024", "DEC=02/06/2025", "REC=E13").row(Table.OC3, OC3).failing("1007"));
    }

    @Test
    void rule1010CareLeaverInCareAtLastYearsEndHasEpisodesNow() {
        assertEquals(List.of(), Given.year(2025).last(Table.EPISODES, "CHILD=1", "DECOM=01/01/2024", "DEC=01/07/2024", "REC=E13")
                .row(Table.OC3, OC3).failing("1010"));
        assertEquals(List.of(2), Given.year(2025).last(Table.EPISODES, "CHILD=1", "DECOM=01/01/2024", "DEC=")
                .row(Table.OC3, OC3).failing("1010"));
    }

    @Test
    void rule1011NoCareLeaverInformationAfterTransferToAnotherAuthority() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/01/2024", "DEC=01/07/2025", "REC=E13")
                .row(Table.OC3, OC3).failing("1011"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/01/2024", "DEC=01/07/2025", "REC=E3")
                .row(Table.OC3, OC3).failing("1011"));
    }

    @Test
    void rule1012NoOtherDataForCareLeaverNotInCare() {
        assertEquals(List.of(), Given.year(2025).row(Table.OC3, OC3).row(Table.REVIEWS, "CHILD=2")
                .row(Table.UASC, "CHILD=1", "DUC=01/01/2026").failing("1012"));
        assertEquals(List.of(2, 2), Given.year(2025).row(Table.OC3, OC3).row(Table.REVIEWS, "CHILD=1")
                .row(Table.MISSING, "CHILD=1").failing("1012"));
    }

    @Test
    void rule1014NoUascForCareLeaver() {
        assertEquals(List.of(), Given.year(2025).row(Table.OC3, OC3).episode("CHILD=1", "DECOM=01/04/2025")
                .row(Table.UASC, "CHILD=1", "DUC=01/01/2026").failing("1014"));
        assertEquals(List.of(2), Given.year(2025).row(Table.OC3, OC3).row(Table.UASC, "CHILD=1", "DUC=01/01/2026")
                .failing("1014"));
    }

    @Test
    void rule1016NoCareLeaverInformationForAChildWhoLeftAfterTheBirthday() {
        Given leftAfter = Given.year(2025).header("CHILD=1", "DOB=01/06/2007")
                .episode("CHILD=1", "DECOM=01/01/2024", "DEC=01/07/2025", "REC=E13").row(Table.OC3, OC3);
        assertEquals(List.of(2), leftAfter.failing("1016"));
        assertEquals(List.of(2), leftAfter.failing("1007"), "looked after on the birthday, so rule 1007 too");
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/06/2007")
                .episode("CHILD=1", "DECOM=01/01/2024", "DEC=01/06/2025", "REC=E13").row(Table.OC3, OC3).failing("1016"));
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/06/2007")
                .episode("CHILD=1", "DECOM=01/01/2024", "DEC=31/05/2025", "REC=E13").row(Table.OC3, OC3)
                .header("CHILD=2", "DOB=01/06/2007").episode("CHILD=2", "DECOM=01/01/2024", "DEC=01/07/2025", "REC=X1")
                .episode("CHILD=2", "DECOM=01/07/2025").row(Table.OC3, "CHILD=2", "IN_TOUCH=YES").failing("1016"));
    }
}
