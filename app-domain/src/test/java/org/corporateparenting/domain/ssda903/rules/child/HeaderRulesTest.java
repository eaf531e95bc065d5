package org.corporateparenting.domain.ssda903.rules.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReturnValidation;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on the header's own items. */
class HeaderRulesTest {

    @Test
    void rule101SexIsCodedOneOrTwoTo2023AndMFUFrom2024() {
        assertEquals(List.of(), Given.year(2023).header("CHILD=1", "SEX=1").header("CHILD=2", "SEX=2").failing("101"));
        assertEquals(List.of(2, 3), Given.year(2023).header("CHILD=1", "SEX=M").header("CHILD=2", "SEX=").failing("101"));
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "SEX=M").header("CHILD=2", "SEX=F")
                .header("CHILD=3", "SEX=U").failing("101"));
        assertEquals(List.of(2, 3), Given.year(2024).header("CHILD=1", "SEX=1").header("CHILD=2", "SEX=2")
                .header("CHILD=3", "SEX=F").failing("101"));
    }

    @Test
    void rule102DateOfBirthMustBeARealDate() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=29/02/2012").failing("102"));
        assertEquals(List.of(2, 3), Given.year(2025).header("CHILD=1", "DOB=29/02/2013").header("CHILD=2", "DOB=")
                .failing("102"));
    }

    @Test
    void rule103EthnicityMustBeAValidCode() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "ETHNIC=WBRI").failing("103"));
        assertEquals(List.of(2, 3), Given.year(2025).header("CHILD=1", "ETHNIC=XXXX").header("CHILD=2", "ETHNIC=")
                .failing("103"));
    }

    @Test
    void rule105UascStatusInTheHeaderMustBeZeroOrOne() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UASC=0").header("CHILD=2", "UASC=1")
                .header("CHILD=3").failing("105"));
        assertEquals(List.of(2, 3), Given.year(2025).header("CHILD=1", "UASC=").header("CHILD=2", "UASC=Y")
                .failing("105"));
    }

    @Test
    void rule168UpnMustBeAUpnOrAnUnknownCode() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UPN=A123456789012").header("CHILD=2", "UPN=H12345678901A")
                .header("CHILD=3", "UPN=UN3").header("CHILD=4", "UPN=").failing("168"));
        assertEquals(List.of(2, 3, 4), Given.year(2025).header("CHILD=1", "UPN=I123456789012")
                .header("CHILD=2", "UPN=A12345678901").header("CHILD=3", "UPN=UN6").failing("168"));
    }

    @Test
    void rule171ChildsDateOfBirthMustBeARealDate() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "MC_DOB=01/02/2024").header("CHILD=2", "MC_DOB=")
                .failing("171"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "MC_DOB=2024-02-01").failing("171"));
    }

    @Test
    void rule174AMaleChildHasNoChildsDateOfBirth() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "SEX=F", "MC_DOB=01/02/2024")
                .header("CHILD=2", "SEX=M", "MC_DOB=").failing("174"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "SEX=M", "MC_DOB=01/02/2024").failing("174"));
        assertEquals(List.of(2), Given.year(2023).header("CHILD=1", "SEX=1", "MC_DOB=01/02/2024").failing("174"));
    }

    @Test
    void rule209SchoolAgeChildMayNotHaveUn1() {
        // 2025-26: the reference day is 31 August 2024; a child born 31 August 2020 is 4 that day.
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UPN=UN1", "DOB=01/09/2020")
                .header("CHILD=2", "UPN=UN2", "DOB=01/01/2015").failing("209"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "UPN=UN1", "DOB=31/08/2020").failing("209"));
    }

    @Test
    void rule231UascChildrenUnder11AreQueried() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UASC=1", "DOB=31/03/2015")
                .header("CHILD=2", "UASC=0", "DOB=01/04/2020").failing("231"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "UASC=1", "DOB=01/04/2015").failing("231"));
        // A CSV header has no UASC column: the UASC file marks the child.
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/04/2016")
                .row(Table.UASC, "CHILD=1", "SEX=F", "DOB=01/04/2016", "DUC=01/04/2034").failing("231"));
    }

    @Test
    void rule232SexUnknownIsQueriedFrom2024() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "SEX=M").failing("232"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "SEX=U").failing("232"));
    }

    @Test
    void rule301BornAfterTheYearEnded() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=31/03/2026").failing("301"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/04/2026").failing("301"));
    }

    @Test
    void rule351Over25AtTheStartOfTheYear() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/04/2000").failing("351"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=31/03/2000").failing("351"));
    }

    @Test
    void rule444AUpnBelongsToOneChild() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UPN=A123456789012").header("CHILD=2", "UPN=UN4")
                .header("CHILD=3", "UPN=UN4").failing("444"));
        assertEquals(List.of(2, 4), Given.year(2025).header("CHILD=1", "UPN=A123456789012")
                .header("CHILD=2", "UPN=B123456789012").header("CHILD=3", "UPN=A123456789012").failing("444"));
    }

    @Test
    void rules231And232RunFrom2024And444From2025ByTheYearsLists() {
        Given twins = Given.year(2023).header("CHILD=1", "SEX=1", "UPN=A123456789012", "UASC=1", "DOB=01/01/2020")
                .header("CHILD=2", "SEX=2", "UPN=A123456789012");
        List<String> ran = ReturnValidation.validate(twins.files()).ran();
        assertFalse(ran.contains("231") || ran.contains("232") || ran.contains("444"));
        assertTrue(ReturnValidation.validate(Given.year(2024).header("CHILD=1").files()).ran().containsAll(List.of("231", "232")));
        assertTrue(ReturnValidation.validate(Given.year(2025).header("CHILD=1").files()).ran().contains("444"));
    }

    @Test
    void rule611AMotherHasHerChildsDateOfBirth() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "MOTHER=1", "MC_DOB=01/01/2025")
                .header("CHILD=2", "MOTHER=0", "MC_DOB=").failing("611"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "MOTHER=1", "MC_DOB=").failing("611"));
    }

    @Test
    void rule612AChildsDateOfBirthMeansAMother() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "SEX=F", "MOTHER=1", "MC_DOB=01/01/2025")
                .header("CHILD=2", "SEX=F", "MOTHER=0", "MC_DOB=").failing("612"));
        assertEquals(List.of(2, 3), Given.year(2025).header("CHILD=1", "SEX=F", "MOTHER=0", "MC_DOB=01/01/2025")
                .header("CHILD=2", "SEX=F", "MOTHER=", "MC_DOB=01/01/2025").failing("612"));
    }

    @Test
    void rule620AMotherIsNotUnder11() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "MOTHER=1", "DOB=01/04/2014").failing("620"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "MOTHER=1", "DOB=02/04/2014").failing("620"));
    }

    @Test
    void rule621AMotherIsOlderThanHerChild() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/01/2008", "MC_DOB=01/01/2025").failing("621"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/01/2008", "MC_DOB=01/01/2008").failing("621"));
    }

    @Test
    void rule165MotherStatusIsValidAndGivenForGirlsLookedAfter() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "SEX=F", "MOTHER=0").header("CHILD=2", "SEX=M")
                .header("CHILD=3", "SEX=F").episode("CHILD=1", "DECOM=01/05/2025", "LS=C2")
                .episode("CHILD=3", "DECOM=01/05/2020", "DEC=01/05/2024", "LS=C2")
                .row(Table.OC3, "CHILD=3", "IN_TOUCH=YES").failing("165"));
        assertEquals(List.of(2, 3, 4), Given.year(2025).header("CHILD=1", "SEX=F", "MOTHER=2")
                .header("CHILD=2", "SEX=M", "MOTHER=0").header("CHILD=3", "SEX=F")
                .episode("CHILD=3", "DECOM=01/05/2025", "LS=C2").row(Table.OC3, "CHILD=3", "IN_TOUCH=YES")
                .failing("165"));
    }

    @Test
    void rule393AGirlLookedAfterHasHerMotherStatus() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "SEX=F", "MOTHER=0").header("CHILD=2", "SEX=F")
                .episode("CHILD=1", "DECOM=01/05/2025", "LS=C2").episode("CHILD=2", "DECOM=01/05/2025", "LS=V3")
                .failing("393"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "SEX=F", "MOTHER=")
                .episode("CHILD=1", "DECOM=01/05/2025", "LS=C2").failing("393"));
    }
}
