package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on OC2. */
class Oc2RulesTest {

    /** The four health items, filled. */
    private static final String[] HEALTHY = {"IMMUNISATIONS=1", "TEETH_CHECK=1", "HEALTH_ASSESSMENT=1", "SUBSTANCE_MISUSE=0"};

    /** 2025-26, child 1 born on the day given and in care since 1 January 2024 (the OC2 cohort). */
    private static Given inCohort(String born) {
        return Given.year(2025).header("CHILD=1", "DOB=" + born).episode("CHILD=1", "DECOM=01/01/2024", "LS=C2");
    }

    /** 2025-26, child 1 born on the day given and in care since 1 June 2025 (not the cohort). */
    private static Given recent(String born) {
        return Given.year(2025).header("CHILD=1", "DOB=" + born).episode("CHILD=1", "DECOM=01/06/2025", "LS=C2");
    }

    private static Given oc2(Given given, String... pairs) {
        String[] all = new String[pairs.length + 1];
        all[0] = "CHILD=1";
        System.arraycopy(pairs, 0, all, 1, pairs.length);
        return given.row(Table.OC2, all);
    }

    @Test
    void rule157Sdq1OnlyOutsideTheSdqAges() {
        assertEquals(List.of(), oc2(inCohort("01/01/2020"), "SDQ_REASON=SDQ2").failing("157"));
        assertEquals(List.of(), oc2(inCohort("01/01/2008"), "SDQ_REASON=SDQ1").failing("157"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2015"), "SDQ_REASON=SDQ1").failing("157"));
    }

    @Test
    void rule158NoOfferWhenReceived() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "INTERVENTION_RECEIVED=1", "INTERVENTION_OFFERED=").failing("158"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "INTERVENTION_RECEIVED=1", "INTERVENTION_OFFERED=1")
                .failing("158"));
    }

    @Test
    void rule159OfferWhenNotReceived() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "SUBSTANCE_MISUSE=1", "INTERVENTION_RECEIVED=0",
                "INTERVENTION_OFFERED=0").failing("159"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "SUBSTANCE_MISUSE=1", "INTERVENTION_RECEIVED=0")
                .failing("159"));
    }

    @Test
    void rule180SdqScoreIsZeroToForty() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "SDQ_SCORE=40").failing("180"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "SDQ_SCORE=41").failing("180"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "SDQ_SCORE=x").failing("180"));
    }

    @Test
    void rule181TwelveMonthItemsAreZeroOrOne() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "CONVICTED=0", "HEALTH_CHECK=1").failing("181"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "CONVICTED=2").failing("181"));
    }

    @Test
    void rule182HealthItemsCompleteWithTheRest() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "CONVICTED=0", "IMMUNISATIONS=1", "TEETH_CHECK=1",
                "HEALTH_ASSESSMENT=1", "SUBSTANCE_MISUSE=0").failing("182"));
        assertEquals(List.of(), oc2(inCohort("01/01/2010")).failing("182"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "CONVICTED=0", "IMMUNISATIONS=1").failing("182"));
    }

    @Test
    void rule187CohortHasNoAdoptionOrLeavingData() {
        assertEquals(List.of(), recent("01/01/2008").row(Table.OC3, "CHILD=1", "IN_TOUCH=YES").failing("187"));
        assertEquals(List.of(2), inCohort("01/01/2008").row(Table.OC3, "CHILD=1", "IN_TOUCH=YES").failing("187"));
        assertEquals(List.of(2), inCohort("01/01/2020").row(Table.AD1, "CHILD=1", "DATE_INT=01/01/2025").failing("187"));
    }

    @Test
    void rule188NoSdqUnderFour() {
        assertEquals(List.of(), oc2(inCohort("01/01/2022"), "SDQ_SCORE=10").failing("188"));
        assertEquals(List.of(2), oc2(inCohort("01/06/2022"), "SDQ_REASON=SDQ1").failing("188"));
    }

    @Test
    void rule189NoSdqFromSeventeen() {
        assertEquals(List.of(), oc2(inCohort("02/04/2009"), "SDQ_SCORE=10").failing("189"));
        assertEquals(List.of(2), oc2(inCohort("01/04/2008"), "SDQ_SCORE=10").failing("189"));
    }

    @Test
    void rule190OnlyTheCohortHasTwelveMonthItems() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), HEALTHY).failing("190"));
        assertEquals(List.of(), oc2(recent("01/01/2010"), "SDQ_SCORE=10").failing("190"));
        assertEquals(List.of(2), oc2(recent("01/01/2010"), HEALTHY).failing("190"));
        assertEquals(List.of(2), oc2(Given.year(2025).episode("CHILD=1", "DECOM=01/01/2024", "DEC=01/03/2026", "REC=E13"),
                HEALTHY).failing("190"));
        assertEquals(List.of(2), oc2(Given.year(2025).episode("CHILD=1", "DECOM=01/01/2024", "LS=V3"), HEALTHY).failing("190"));
        assertEquals(List.of(2), oc2(Given.year(2025).episode("CHILD=1", "DECOM=01/01/2024", "DEC=01/05/2025", "REC=E4A")
                .episode("CHILD=1", "DECOM=01/05/2025", "RNE=S"), HEALTHY).failing("190"));
        assertEquals(List.of(), oc2(Given.year(2025).episode("CHILD=1", "DECOM=01/01/2024", "DEC=01/05/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/05/2025", "RNE=P", "LS=C2"), HEALTHY).failing("190"));
    }

    @Test
    void rule191CohortHasTheHealthItems() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), HEALTHY).failing("191"));
        assertEquals(List.of(), oc2(recent("01/01/2010")).failing("191"));
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/01/2024", "DEC=01/05/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/05/2025").row(Table.OC2, "CHILD=1", HEALTHY[0], HEALTHY[1], HEALTHY[2],
                        HEALTHY[3]).failing("191"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "IMMUNISATIONS=1").failing("191"));
        assertEquals(List.of(2), inCohort("01/01/2010").supplied(Table.OC2).failures("191").stream()
                .map(failure -> failure.row()).toList());
    }

    @Test
    void rule192InterventionReceivedForMisuse() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "SUBSTANCE_MISUSE=1", "INTERVENTION_RECEIVED=0").failing("192"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "SUBSTANCE_MISUSE=1").failing("192"));
    }

    @Test
    void rule193NoInterventionWithoutMisuse() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "SUBSTANCE_MISUSE=0").failing("193"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "SUBSTANCE_MISUSE=0", "INTERVENTION_OFFERED=1").failing("193"));
    }

    @Test
    void rule196SdqReasonIsACode() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "SDQ_REASON=SDQ5").failing("196"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "SDQ_REASON=SDQ9").failing("196"));
    }

    @Test
    void rule197BSdqForFourToSeventeen() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "SDQ_SCORE=12").failing("197B"));
        assertEquals(List.of(), oc2(recent("01/01/2010")).failing("197B"));
        assertEquals(List.of(), oc2(inCohort("01/01/2022")).failing("197B"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010")).failing("197B"));
    }

    @Test
    void rule197aNoReasonWithAScore() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "SDQ_SCORE=12").failing("197a"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "SDQ_SCORE=12", "SDQ_REASON=SDQ2").failing("197a"));
    }

    @Test
    void rule215CareLeaverHasNoTwelveMonthItems() {
        assertEquals(List.of(), oc2(inCohort("01/01/2008"), HEALTHY).row(Table.OC3, "CHILD=1").failing("215"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2008"), HEALTHY).row(Table.OC3, "CHILD=1", "IN_TOUCH=YES")
                .failing("215"));
    }

    @Test
    void rule542NoConvictionsUnderTen() {
        assertEquals(List.of(), oc2(inCohort("31/03/2016"), "CONVICTED=0").failing("542"));
        assertEquals(List.of(2), oc2(inCohort("01/04/2016"), "CONVICTED=0").failing("542"));
    }

    @Test
    void rule544ConvictionsWithHealthItems() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010"), "CONVICTED=0", HEALTHY[0], HEALTHY[1], HEALTHY[2], HEALTHY[3])
                .failing("544"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2010"), "CONVICTED=0", "IMMUNISATIONS=1").failing("544"));
    }

    @Test
    void rule545HealthCheckUnderFive() {
        assertEquals(List.of(), oc2(inCohort("01/01/2022"), "HEALTH_CHECK=1").failing("545"));
        assertEquals(List.of(), oc2(inCohort("01/01/2020")).failing("545"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2022")).failing("545"));
    }

    @Test
    void rule547HealthCheckWithHealthItems() {
        assertEquals(List.of(), oc2(inCohort("01/01/2022"), "HEALTH_CHECK=1", HEALTHY[0], HEALTHY[1], HEALTHY[2],
                HEALTHY[3]).failing("547"));
        assertEquals(List.of(2), oc2(inCohort("01/01/2022"), "HEALTH_CHECK=1").failing("547"));
    }

    @Test
    void ruleInt33OneOc2RowAChild() {
        assertEquals(List.of(), oc2(inCohort("01/01/2010")).row(Table.OC2, "CHILD=2").failing("INT33"));
        assertEquals(List.of(3), oc2(inCohort("01/01/2010")).row(Table.OC2, "CHILD=1").failing("INT33"));
    }
}
