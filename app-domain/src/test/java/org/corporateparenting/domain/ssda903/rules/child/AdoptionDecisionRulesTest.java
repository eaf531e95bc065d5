package org.corporateparenting.domain.ssda903.rules.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on decisions that a child should be placed for adoption. */
class AdoptionDecisionRulesTest {

    private static final Table PA = Table.PLACED_ADOPTION;

    private static Given given() {
        return Given.year(2025);
    }

    @Test
    void rule115DecisionDateIsARealDate() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2025").failing("115"));
        assertEquals(List.of(2), given().row(PA, "CHILD=1", "DATE_PLACED=2025-05-01").failing("115"));
    }

    @Test
    void rule116ReversalDateIsARealDate() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED_CEASED=01/05/2025").failing("116"));
        assertEquals(List.of(2), given().row(PA, "CHILD=1", "DATE_PLACED_CEASED=31/04/2025").failing("116"));
    }

    @Test
    void rule119AReversalHasItsDateAndReason() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED_CEASED=01/05/2025", "REASON_PLACED_CEASED=RD1")
                .row(PA, "CHILD=2", "DATE_PLACED=01/05/2025").failing("119"));
        assertEquals(List.of(2, 3), given().row(PA, "CHILD=1", "DATE_PLACED_CEASED=01/05/2025")
                .row(PA, "CHILD=2", "REASON_PLACED_CEASED=RD1").failing("119"));
    }

    @Test
    void rule120ReversalReasonIsACode() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "REASON_PLACED_CEASED=RD4").failing("120"));
        assertEquals(List.of(2), given().row(PA, "CHILD=1", "REASON_PLACED_CEASED=RD9").failing("120"));
    }

    @Test
    void rule184DecisionIsNotBeforeBirth() {
        assertEquals(List.of(), given().header("CHILD=1", "DOB=01/05/2024").row(PA, "CHILD=1", "DATE_PLACED=01/05/2024")
                .failing("184"));
        assertEquals(List.of(2), given().header("CHILD=1", "DOB=01/05/2024").row(PA, "CHILD=1", "DATE_PLACED=30/04/2024")
                .failing("184"));
    }

    @Test
    void rule522DecisionIsNotAfterItsReversal() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/05/2025")
                .failing("522"));
        assertEquals(List.of(2), given().row(PA, "CHILD=1", "DATE_PLACED=02/05/2025", "DATE_PLACED_CEASED=01/05/2025")
                .failing("522"));
    }

    @Test
    void rule523LatestDecisionIsTheAd1BestInterestsDate() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/02/2024", "DATE_PLACED_CEASED=01/03/2024")
                .row(PA, "CHILD=1", "DATE_PLACED=01/05/2025").row(Table.AD1, "CHILD=1", "DATE_INT=01/05/2025")
                .failing("523"));
        assertEquals(List.of(2, 2), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2025")
                .row(Table.AD1, "CHILD=1", "DATE_INT=02/05/2025").failing("523"));
    }

    @Test
    void rule525AReversedDecisionHasNoAdoptionUnderWay() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/06/2025")
                .row(Table.AD1, "CHILD=1", "DATE_INT=").row(PA, "CHILD=2", "DATE_PLACED=01/05/2025")
                .row(Table.AD1, "CHILD=2", "DATE_MATCH=01/07/2025").failing("525"));
        assertEquals(List.of(2, 2), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/06/2025")
                .row(Table.AD1, "CHILD=1", "DATE_MATCH=01/07/2025").failing("525"));
    }

    @Test
    void rule563AReversalNeedsTheDecisionsDate() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/06/2025")
                .failing("563"));
        assertEquals(List.of(2), given().row(PA, "CHILD=1", "DATE_PLACED=", "REASON_PLACED_CEASED=RD1").failing("563"));
    }

    @Test
    void rule579DecisionsDoNotOverlap() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/08/2025")
                .row(PA, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/06/2025").failing("579"));
        assertEquals(List.of(2, 5), given().row(PA, "CHILD=1", "DATE_PLACED=01/08/2025")
                .row(PA, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/09/2025")
                .row(PA, "CHILD=2", "DATE_PLACED=01/05/2025").row(PA, "CHILD=2", "DATE_PLACED=01/06/2025")
                .failing("579"));
    }

    @Test
    void rule583AnEarlierDecisionIsReversed() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/08/2025")
                .row(PA, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/06/2025").failing("583"));
        assertEquals(List.of(3), given().row(PA, "CHILD=1", "DATE_PLACED=01/08/2025")
                .row(PA, "CHILD=1", "DATE_PLACED=01/05/2025").failing("583"));
    }

    @Test
    void rule559AnEarlierDecisionWasInLastYearsReturn() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2024")
                .last(PA, "CHILD=1", "DATE_PLACED=01/05/2024").row(PA, "CHILD=2", "DATE_PLACED=01/05/2025")
                .failing("559"));
        assertEquals(List.of(2), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2024").lastYearKnown().failing("559"));
    }

    @Test
    void rule560AnOpenDecisionOfLastYearKeepsItsDate() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2024", "DATE_PLACED_CEASED=01/06/2025")
                .row(PA, "CHILD=1", "DATE_PLACED=01/08/2025").last(PA, "CHILD=1", "DATE_PLACED=01/05/2024")
                .failing("560"));
        assertEquals(List.of(2), given().row(PA, "CHILD=1", "DATE_PLACED=02/05/2024")
                .last(PA, "CHILD=1", "DATE_PLACED=01/05/2024").failing("560"));
    }

    @Test
    void rule561ADecisionReversedLastYearIsNotReportedAgain() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/08/2025")
                .last(PA, "CHILD=1", "DATE_PLACED=01/05/2024", "DATE_PLACED_CEASED=01/06/2024").failing("561"));
        assertEquals(List.of(2), given().row(PA, "CHILD=1", "DATE_PLACED=01/05/2024")
                .last(PA, "CHILD=1", "DATE_PLACED=01/05/2024", "DATE_PLACED_CEASED=01/06/2024").failing("561"));
    }

    @Test
    void rule584ADecisionAfterAReversalIsLaterThanTheReversedOne() {
        assertEquals(List.of(), given().row(PA, "CHILD=1", "DATE_PLACED=01/08/2025")
                .last(PA, "CHILD=1", "DATE_PLACED=01/05/2024", "REASON_PLACED_CEASED=RD1").failing("584"));
        assertEquals(List.of(2), given().row(PA, "CHILD=1", "DATE_PLACED=01/04/2024")
                .last(PA, "CHILD=1", "DATE_PLACED=01/05/2024", "REASON_PLACED_CEASED=RD1").failing("584"));
    }
}
