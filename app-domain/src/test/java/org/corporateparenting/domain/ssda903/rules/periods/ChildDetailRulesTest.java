package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on a child's details that depend on their episodes. */
class ChildDetailRulesTest {

    @Test
    void rule442LookedAfterChildHasAUpn() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UPN=UN1").episode("CHILD=1", "LS=C2")
                .header("CHILD=2", "UPN=").episode("CHILD=2", "LS=V3").failing("442"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "UPN=").episode("CHILD=1", "LS=C2").failing("442"));
    }

    @Test
    void rule543ConvictionsForChildrenAged10InCareAllYear() {
        Given younger = Given.year(2025).episode("CHILD=1", "DECOM=01/01/2020").row(Table.OC2, "CHILD=1", "DOB=01/04/2016",
                "CONVICTED=");
        assertEquals(List.of(), younger.failing("543"));
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=02/04/2025")
                .row(Table.OC2, "CHILD=1", "DOB=01/01/2010", "CONVICTED=").failing("543"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/01/2020", "DEC=01/06/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/06/2025").row(Table.OC2, "CHILD=1", "DOB=31/03/2016", "CONVICTED=")
                .failing("543"));
    }

    @Test
    void rule546NoHealthPromotionFromAge5() {
        assertEquals(List.of(), Given.year(2025).row(Table.OC2, "CHILD=1", "DOB=01/04/2021", "HEALTH_CHECK=1").failing("546"));
        assertEquals(List.of(2), Given.year(2025).row(Table.OC2, "CHILD=1", "DOB=31/03/2021", "HEALTH_CHECK=1").failing("546"));
    }

    @Test
    void rule607GirlLeavingCareHasMotherFilled() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "SEX=F", "DOB=01/01/2010", "MOTHER=0")
                .episode("CHILD=1", "DEC=01/06/2025", "REC=E13").failing("607"));
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "SEX=F", "DOB=02/06/2013", "MOTHER=")
                .episode("CHILD=1", "DEC=01/06/2025", "REC=X1").header("CHILD=2", "SEX=M", "MOTHER=")
                .episode("CHILD=2", "DEC=01/06/2025", "REC=E13").failing("607"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "SEX=F", "DOB=01/06/2020", "MOTHER=")
                .episode("CHILD=1", "DEC=01/06/2025", "REC=E13").failing("607"));
        assertEquals(List.of(2), Given.year(2023).header("CHILD=1", "SEX=2", "DOB=01/01/2010", "MOTHER=")
                .episode("CHILD=1", "DEC=01/06/2023", "REC=E13").failing("607"));
    }

    @Test
    void rule625FirstChildBornByTheYearsEndAndLeavingCare() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "MC_DOB=01/06/2025")
                .episode("CHILD=1", "DECOM=01/01/2025", "DEC=01/06/2025", "REC=E13").failing("625"));
        assertEquals(List.of(2, 3), Given.year(2025).header("CHILD=1", "MC_DOB=02/06/2025")
                .episode("CHILD=1", "DECOM=01/01/2025", "DEC=01/06/2025", "REC=E13").header("CHILD=2", "MC_DOB=01/04/2026")
                .failing("625"));
    }

    @Test
    void rule630ChildStartingCareSince2016HasPreviousPermanence() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "RNE=S", "DECOM=01/05/2025")
                .row(Table.PREV_PERM, "CHILD=1", "PREV_PERM=Z1").episode("CHILD=2", "RNE=S", "DECOM=31/03/2025")
                .failing("630"));
        assertEquals(List.of(2, 3, 4), Given.year(2025).episode("CHILD=1", "RNE=S", "DECOM=01/04/2025")
                .row(Table.PREV_PERM, "CHILD=1", "PREV_PERM=").episode("CHILD=2", "RNE=S", "DECOM=01/05/2025")
                .episode("CHILD=3", "RNE=S", "DECOM=01/05/2025").row(Table.PREV_PERM, "CHILD=3", "PREV_PERM=P1", "LA_PERM=E09000001")
                .failing("630"));
    }

    @Test
    void rule632PermanenceOrderDateIsADateBeforeCare() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "RNE=S", "DECOM=01/05/2025")
                .row(Table.PREV_PERM, "CHILD=1", "DATE_PERM=zz/zz/2025").row(Table.PREV_PERM, "CHILD=1", "DATE_PERM=ZZ/03/2024")
                .row(Table.PREV_PERM, "CHILD=1", "DATE_PERM=30/04/2025").row(Table.PREV_PERM, "CHILD=1", "DATE_PERM=ZZ/ZZ/ZZZZ")
                .failing("632"));
        assertEquals(List.of(2, 3, 4, 5), Given.year(2025).episode("CHILD=1", "RNE=S", "DECOM=01/05/2025")
                .row(Table.PREV_PERM, "CHILD=1", "DATE_PERM=01/05/2025").row(Table.PREV_PERM, "CHILD=1", "DATE_PERM=12/zz/2020")
                .row(Table.PREV_PERM, "CHILD=1", "DATE_PERM=31/02/2020").row(Table.PREV_PERM, "CHILD=1", "DATE_PERM=ZZ/06/2025")
                .failing("632"));
    }

    @Test
    void rule634PreviousPermanenceOnlyForCareFrom2016() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "RNE=S", "DECOM=01/04/2016")
                .row(Table.PREV_PERM, "CHILD=1", "PREV_PERM=P1").episode("CHILD=2", "RNE=S", "DECOM=01/01/2016")
                .row(Table.PREV_PERM, "CHILD=2", "PREV_PERM=").failing("634"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "RNE=P", "DECOM=31/03/2016")
                .row(Table.PREV_PERM, "CHILD=1", "PREV_PERM=P1").failing("634"));
    }
}
