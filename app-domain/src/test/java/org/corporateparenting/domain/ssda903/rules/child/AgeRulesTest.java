package org.corporateparenting.domain.ssda903.rules.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on the child's age against episodes and the care leaver record. */
class AgeRulesTest {

    private static Given bornOn(String dob) {
        return Given.year(2025).header("CHILD=1", "DOB=" + dob);
    }

    @Test
    void rule302NoEpisodeStartsBeforeBirth() {
        assertEquals(List.of(), bornOn("01/05/2025").episode("CHILD=1", "DECOM=01/05/2025").failing("302"));
        assertEquals(List.of(2), bornOn("01/05/2025").episode("CHILD=1", "DECOM=30/04/2025").failing("302"));
    }

    @Test
    void rule352NoOneStartsToBeLookedAfterAt18() {
        assertEquals(List.of(), bornOn("02/05/2007").episode("CHILD=1", "DECOM=01/05/2025", "RNE=S")
                .episode("CHILD=1", "DECOM=01/06/2025", "RNE=P").failing("352"));
        assertEquals(List.of(2), bornOn("01/05/2007").episode("CHILD=1", "DECOM=01/05/2025", "RNE=S").failing("352"));
    }

    @Test
    void rule358NoRemandStatusUnder10() {
        assertEquals(List.of(), bornOn("01/05/2015").episode("CHILD=1", "DECOM=01/05/2025", "LS=J1").failing("358"));
        assertEquals(List.of(2), bornOn("02/05/2015").episode("CHILD=1", "DECOM=01/05/2025", "LS=J2").failing("358"));
    }

    @Test
    void rule359An18YearOldLookedAfterIsUnderV2InACommunityHome() {
        assertEquals(List.of(), bornOn("01/01/2008").episode("CHILD=1", "DECOM=01/05/2025", "LS=V2", "PLACE=K2")
                .failing("359"));
        assertEquals(List.of(), bornOn("01/04/2008").episode("CHILD=1", "DECOM=01/05/2025", "LS=C2", "PLACE=U4")
                .failing("359"));
        assertEquals(List.of(2), bornOn("01/01/2008").episode("CHILD=1", "DECOM=01/05/2025", "LS=C2", "PLACE=U4")
                .failing("359"));
    }

    @Test
    void rule386NoAdoptionAt18() {
        assertEquals(List.of(), bornOn("02/05/2007").episode("CHILD=1", "DECOM=01/05/2024", "DEC=01/05/2025", "REC=E11")
                .failing("386"));
        assertEquals(List.of(2), bornOn("01/05/2007").episode("CHILD=1", "DECOM=01/05/2024", "DEC=01/05/2025", "REC=E12")
                .failing("386"));
    }

    @Test
    void rule387NoIndependentLivingUnder14() {
        assertEquals(List.of(), bornOn("01/05/2011").episode("CHILD=1", "DECOM=01/05/2024", "DEC=01/05/2025", "REC=E5")
                .failing("387"));
        assertEquals(List.of(2), bornOn("02/05/2011").episode("CHILD=1", "DECOM=01/05/2024", "DEC=01/05/2025", "REC=E6")
                .failing("387"));
    }

    @Test
    void rule460StayingPutIsAt18() {
        assertEquals(List.of(), bornOn("01/05/2007").episode("CHILD=1", "DECOM=01/05/2024", "DEC=01/05/2025", "REC=E17")
                .failing("460"));
        assertEquals(List.of(2), bornOn("02/05/2007").episode("CHILD=1", "DECOM=01/05/2024", "DEC=01/05/2025", "REC=E17")
                .failing("460"));
    }

    @Test
    void rule210NoUn4ForAChildLookedAfterOverAWeekAt31March() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UPN=UN4").episode("CHILD=1", "DECOM=25/03/2026")
                .header("CHILD=2", "UPN=UN4").episode("CHILD=2", "DECOM=01/05/2025", "DEC=01/06/2025")
                .failing("210"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "UPN=UN4").episode("CHILD=1", "DECOM=24/03/2026")
                .failing("210"));
    }

    @Test
    void rule3001NoFormerFosterCarersForA17YearOld() {
        assertEquals(List.of(), bornOn("31/03/2008").row(Table.OC3, "CHILD=1", "ACCOM=Z1")
                .row(Table.OC3, "CHILD=1", "ACCOM=T1").failing("3001"));
        assertEquals(List.of(2), bornOn("01/04/2008").row(Table.OC3, "CHILD=1", "ACCOM=Z2").failing("3001"));
    }
}
