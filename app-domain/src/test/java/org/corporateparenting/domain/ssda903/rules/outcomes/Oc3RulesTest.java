package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReturnValidation;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on OC3. */
class Oc3RulesTest {

    /** 2025-26, child 1 born 10 May 2006 (19 at 31 March 2026) with this OC3 row. */
    private static Given leaver(String... pairs) {
        return leaver(2025, "10/05/2006", pairs);
    }

    private static Given leaver(int year, String born, String... pairs) {
        String[] all = new String[pairs.length + 1];
        all[0] = "CHILD=1";
        System.arraycopy(pairs, 0, all, 1, pairs.length);
        return Given.year(year).header("CHILD=1", "DOB=" + born).row(Table.OC3, all);
    }

    @Test
    void rule131InTouchIsACode() {
        assertEquals(List.of(), leaver("IN_TOUCH=NREQ").failing("131"));
        assertEquals(List.of(2), leaver("IN_TOUCH=MAYBE").failing("131"));
    }

    @Test
    void rule132ActivityIsACode() {
        assertEquals(List.of(), leaver("ACTIV=F4").failing("132"));
        assertEquals(List.of(), leaver("ACTIV=0").failing("132"));
        assertEquals(List.of(2), leaver("ACTIV=F3").failing("132"));
    }

    @Test
    void rule133AccommodationIsATypeAndSuitability() {
        assertEquals(List.of(), leaver("ACCOM=U1").failing("133"));
        assertEquals(List.of(), leaver("ACCOM=S2").failing("133"));
        assertEquals(List.of(2), leaver("ACCOM=S1").failing("133"));
        assertEquals(List.of(2), leaver("ACCOM=U").failing("133"));
        assertEquals(List.of(), leaver(2021, "10/05/2002", "ACCOM=X1").failing("133"));
    }

    @Test
    void rule134NoAdoptionDataForACareLeaver() {
        assertEquals(List.of(), leaver("IN_TOUCH=YES").row(Table.AD1, "CHILD=1").failing("134"));
        assertEquals(List.of(2), leaver("IN_TOUCH=YES").row(Table.AD1, "CHILD=1", "NB_ADOPTR=1").failing("134"));
    }

    @Test
    void rule153AllThreeOrNone() {
        assertEquals(List.of(), leaver("IN_TOUCH=YES", "ACTIV=F1", "ACCOM=U1").failing("153"));
        assertEquals(List.of(), leaver().failing("153"));
        assertEquals(List.of(2), leaver("IN_TOUCH=YES", "ACTIV=F1").failing("153"));
    }

    @Test
    void rule344NothingReportedWhenDiedOrHome() {
        assertEquals(List.of(), leaver("IN_TOUCH=DIED", "ACTIV=0", "ACCOM=0").failing("344"));
        assertEquals(List.of(2), leaver("IN_TOUCH=RHOM", "ACTIV=F1", "ACCOM=0").failing("344"));
    }

    @Test
    void rule345SomethingReportedWhenInTouch() {
        assertEquals(List.of(), leaver("IN_TOUCH=YES", "ACTIV=F1", "ACCOM=U1").failing("345"));
        assertEquals(List.of(2), leaver("IN_TOUCH=YES", "ACTIV=0", "ACCOM=U1").failing("345"));
    }

    @Test
    void rule347NoFoyerUnderEighteen() {
        assertEquals(List.of(), leaver("ACCOM=T1").failing("347"));
        assertEquals(List.of(2), leaver(2025, "10/05/2008", "ACCOM=T1").failing("347"));
    }

    @Test
    void rule348NotReportedAsAliveAfterDying() {
        assertEquals(List.of(), leaver("IN_TOUCH=DIED").last(Table.OC3, "CHILD=1", "IN_TOUCH=DIED").failing("348"));
        assertEquals(List.of(2), leaver("IN_TOUCH=YES").last(Table.OC3, "CHILD=1", "IN_TOUCH=DIED").failing("348"));
        assertTrue(ReturnValidation.validate(leaver("IN_TOUCH=YES").files()).notRun().containsKey("348"));
    }

    @Test
    void rule391SeventeenToTwentyOne() {
        assertEquals(List.of(), leaver("IN_TOUCH=YES").failing("391"));
        assertEquals(List.of(), leaver(2025, "10/05/2000").failing("391"));
        assertEquals(List.of(2), leaver(2025, "10/05/2000", "IN_TOUCH=YES").failing("391"));
        assertEquals(List.of(2), leaver(2025, "01/04/2009", "IN_TOUCH=YES").failing("391"));
    }

    @Test
    void ruleInt34OneOc3RowAChild() {
        assertEquals(List.of(), leaver().row(Table.OC3, "CHILD=2").failing("INT34"));
        assertEquals(List.of(3), leaver().row(Table.OC3, "CHILD=1").failing("INT34"));
    }
}
