package org.corporateparenting.domain.ssda903.rules.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each integrity check between the files. */
class IntegrityRulesTest {

    @Test
    void ruleINT01ChildInAd1IsInTheHeader() {
        assertChildMustBeInHeader("INT01", Table.AD1);
    }

    @Test
    void ruleINT02ChildInPlacedAdoptionIsInTheHeader() {
        assertChildMustBeInHeader("INT02", Table.PLACED_ADOPTION);
    }

    @Test
    void ruleINT03ChildInEpisodesIsInTheHeader() {
        assertChildMustBeInHeader("INT03", Table.EPISODES);
    }

    @Test
    void ruleINT04ChildInMissingIsInTheHeader() {
        assertChildMustBeInHeader("INT04", Table.MISSING);
    }

    @Test
    void ruleINT05ChildInOc2IsInTheHeader() {
        assertChildMustBeInHeader("INT05", Table.OC2);
    }

    @Test
    void ruleINT06ChildInOc3IsInTheHeader() {
        assertChildMustBeInHeader("INT06", Table.OC3);
    }

    @Test
    void ruleINT07ChildInPrevPermIsInTheHeader() {
        assertChildMustBeInHeader("INT07", Table.PREV_PERM);
    }

    @Test
    void ruleINT08ChildInReviewsIsInTheHeader() {
        assertChildMustBeInHeader("INT08", Table.REVIEWS);
    }

    @Test
    void ruleINT09ChildInUascIsInTheHeader() {
        assertChildMustBeInHeader("INT09", Table.UASC);
    }

    @Test
    void ruleINT11DateOfBirthInAd1IsTheHeaders() {
        assertBirthDateMustAgree("INT11", Table.AD1);
    }

    @Test
    void ruleINT12DateOfBirthInPlacedAdoptionIsTheHeaders() {
        assertBirthDateMustAgree("INT12", Table.PLACED_ADOPTION);
    }

    @Test
    void ruleINT13DateOfBirthInMissingIsTheHeaders() {
        assertBirthDateMustAgree("INT13", Table.MISSING);
    }

    @Test
    void ruleINT14DateOfBirthInOc2IsTheHeaders() {
        assertBirthDateMustAgree("INT14", Table.OC2);
    }

    @Test
    void ruleINT15DateOfBirthInOc3IsTheHeaders() {
        assertBirthDateMustAgree("INT15", Table.OC3);
    }

    @Test
    void ruleINT16DateOfBirthInPrevPermIsTheHeaders() {
        assertBirthDateMustAgree("INT16", Table.PREV_PERM);
    }

    @Test
    void ruleINT17DateOfBirthInReviewsIsTheHeaders() {
        assertBirthDateMustAgree("INT17", Table.REVIEWS);
    }

    @Test
    void ruleINT18DateOfBirthInUascIsTheHeaders() {
        assertBirthDateMustAgree("INT18", Table.UASC);
    }

    @Test
    void ruleINT21SexInUascIsTheHeaders() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "SEX=F").row(Table.UASC, "CHILD=1", "SEX=F")
                .failing("INT21"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "SEX=F").row(Table.UASC, "CHILD=1", "SEX=M")
                .failing("INT21"));
    }

    @Test
    void ruleINT32ChildIsOnceInTheHeader() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1").header("CHILD=2").failing("INT32"));
        assertEquals(List.of(4), Given.year(2025).header("CHILD=1").header("CHILD=2").header("CHILD=1")
                .failing("INT32"));
    }

    @Test
    void ruleINT35ChildIsOnceInPrevPerm() {
        assertEquals(List.of(), Given.year(2025).row(Table.PREV_PERM, "CHILD=1").row(Table.PREV_PERM, "CHILD=2")
                .failing("INT35"));
        assertEquals(List.of(3), Given.year(2025).row(Table.PREV_PERM, "CHILD=1").row(Table.PREV_PERM, "CHILD=1")
                .failing("INT35"));
    }

    @Test
    void ruleINT36ChildIsOnceInUasc() {
        assertEquals(List.of(), Given.year(2025).row(Table.UASC, "CHILD=1").row(Table.UASC, "CHILD=2")
                .failing("INT36"));
        assertEquals(List.of(3), Given.year(2025).row(Table.UASC, "CHILD=1").row(Table.UASC, "CHILD=1")
                .failing("INT36"));
    }

    @Test
    void ruleEPIAChildInTheHeaderHasEpisodes() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1").episode("CHILD=1", "DECOM=01/05/2025")
                .header("CHILD=2").row(Table.OC3, "CHILD=2", "IN_TOUCH=YES").failing("EPI"));
        assertEquals(List.of(3), Given.year(2025).header("CHILD=1").header("CHILD=2")
                .episode("CHILD=1", "DECOM=01/05/2025").failing("EPI"));
    }

    private static void assertChildMustBeInHeader(String code, Table table) {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1").row(table, "CHILD=1").failing(code));
        assertEquals(List.of(3), Given.year(2025).header("CHILD=1").row(table, "CHILD=1").row(table, "CHILD=2")
                .failing(code));
    }

    private static void assertBirthDateMustAgree(String code, Table table) {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/02/2015")
                .row(table, "CHILD=1", "DOB=01/02/2015").failing(code));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/02/2015")
                .row(table, "CHILD=1", "DOB=02/01/2015").failing(code));
    }
}
