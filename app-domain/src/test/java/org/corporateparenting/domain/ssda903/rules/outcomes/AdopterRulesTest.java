package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on AD1. */
class AdopterRulesTest {

    private static Given adopted(String... pairs) {
        String[] all = new String[pairs.length + 1];
        all[0] = "CHILD=1";
        System.arraycopy(pairs, 0, all, 1, pairs.length);
        return Given.year(2025).row(Table.AD1, all);
    }

    @Test
    void rule112DateShouldBePlacedIsADate() {
        assertEquals(List.of(), adopted("DATE_INT=01/05/2025").failing("112"));
        assertEquals(List.of(2), adopted("DATE_INT=31/04/2025").failing("112"));
    }

    @Test
    void rule113DateMatchedIsADate() {
        assertEquals(List.of(), adopted("DATE_MATCH=01/05/2025").failing("113"));
        assertEquals(List.of(2), adopted("DATE_MATCH=2025-05-01").failing("113"));
    }

    @Test
    void rule114FosterCareIsZeroOrOne() {
        assertEquals(List.of(), adopted("FOSTER_CARE=1").failing("114"));
        assertEquals(List.of(2), adopted("FOSTER_CARE=Y").failing("114"));
    }

    @Test
    void rule151AllOrNone() {
        assertEquals(List.of(), adopted().failing("151"));
        assertEquals(List.of(), adopted("DATE_INT=01/05/2025", "DATE_MATCH=01/06/2025", "FOSTER_CARE=0", "NB_ADOPTR=1",
                "SEX_ADOPTR=F1", "LS_ADOPTR=L0").failing("151"));
        assertEquals(List.of(2), adopted("DATE_INT=01/05/2025").failing("151"));
    }

    @Test
    void rule175NumberOfAdoptersIsOneOrTwo() {
        assertEquals(List.of(), adopted("NB_ADOPTR=2").failing("175"));
        assertEquals(List.of(2), adopted("NB_ADOPTR=3").failing("175"));
    }

    @Test
    void rule176AdoptersGenderIsACode() {
        assertEquals(List.of(), adopted("SEX_ADOPTR=MF").failing("176"));
        assertEquals(List.of(2), adopted("SEX_ADOPTR=XX").failing("176"));
    }

    @Test
    void rule177AdoptersLegalStatusIsACode() {
        assertEquals(List.of(), adopted("LS_ADOPTR=L12").failing("177"));
        assertEquals(List.of(2), adopted("LS_ADOPTR=L9").failing("177"));
    }

    @Test
    void rule331MatchedOnOrBeforePlacement() {
        assertEquals(List.of(), adopted("DATE_MATCH=01/06/2025").episode("CHILD=1", "DECOM=01/06/2025", "PLACE=A4")
                .failing("331"));
        assertEquals(List.of(2), adopted("DATE_MATCH=02/06/2025").episode("CHILD=1", "DECOM=01/04/2025", "PLACE=U4")
                .episode("CHILD=1", "DECOM=01/06/2025", "PLACE=A4").failing("331"));
    }

    @Test
    void rule333ShouldBePlacedOnOrBeforeMatch() {
        assertEquals(List.of(), adopted("DATE_INT=01/06/2025", "DATE_MATCH=01/06/2025").failing("333"));
        assertEquals(List.of(2), adopted("DATE_INT=02/06/2025", "DATE_MATCH=01/06/2025").failing("333"));
    }

    @Test
    void rule511TwoAdoptersAreACouple() {
        assertEquals(List.of(), adopted("NB_ADOPTR=2", "SEX_ADOPTR=FF").failing("511"));
        assertEquals(List.of(2), adopted("NB_ADOPTR=2", "SEX_ADOPTR=F1").failing("511"));
    }

    @Test
    void rule514SingleAdopterIsNotACouple() {
        assertEquals(List.of(), adopted("LS_ADOPTR=L0", "SEX_ADOPTR=M1").failing("514"));
        assertEquals(List.of(2), adopted("LS_ADOPTR=L0", "SEX_ADOPTR=MF").failing("514"));
    }

    @Test
    void rule517L3IsMaleAndFemale() {
        assertEquals(List.of(), adopted("LS_ADOPTR=L3", "SEX_ADOPTR=MF").failing("517"));
        assertEquals(List.of(2), adopted("LS_ADOPTR=L3", "SEX_ADOPTR=MM").failing("517"));
    }

    @Test
    void rule518L4IsSameSex() {
        assertEquals(List.of(), adopted("LS_ADOPTR=L4", "SEX_ADOPTR=FF").failing("518"));
        assertEquals(List.of(2), adopted("LS_ADOPTR=L4", "SEX_ADOPTR=MF").failing("518"));
    }

    @Test
    void rule519CivilPartnershipIsACouple() {
        assertEquals(List.of(), adopted("LS_ADOPTR=L2", "SEX_ADOPTR=MM").failing("519"));
        assertEquals(List.of(2), adopted("LS_ADOPTR=L2", "SEX_ADOPTR=M1").failing("519"));
    }

    @Test
    void rule520DifferentSexMarriageIsNotSameSex() {
        assertEquals(List.of(), adopted("LS_ADOPTR=L11", "SEX_ADOPTR=MF").failing("520"));
        assertEquals(List.of(2), adopted("LS_ADOPTR=L11", "SEX_ADOPTR=FF").failing("520"));
    }

    @Test
    void rule524L12IsSameSex() {
        assertEquals(List.of(), adopted("LS_ADOPTR=L12", "SEX_ADOPTR=MM").failing("524"));
        assertEquals(List.of(2), adopted("LS_ADOPTR=L12", "SEX_ADOPTR=MF").failing("524"));
    }

    @Test
    void ruleInt31OneAd1RowAChild() {
        assertEquals(List.of(), adopted().row(Table.AD1, "CHILD=2").failing("INT31"));
        assertEquals(List.of(3), adopted().row(Table.AD1, "CHILD=1").failing("INT31"));
    }
}
