package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.RuleFailure;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule tying adoption's files to the episodes. */
class AdoptionRulesTest {

    private static final String[] AD1_COMPLETE = {"CHILD=1", "DATE_INT=01/01/2025", "DATE_MATCH=01/03/2025", "FOSTER_CARE=0",
        "NB_ADOPTR=1", "SEX_ADOPTR=F", "LS_ADOPTR=L0"};

    @Test
    void rule521BestInterestsDecidedBeforePlacing() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "PLACE=A6")
                .row(Table.AD1, "CHILD=1", "DATE_INT=01/05/2025").failing("521"));
        assertEquals(List.of(Table.AD1, Table.EPISODES), tables(Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "PLACE=U4")
                .episode("CHILD=1", "DECOM=01/05/2025", "PLACE=A6").row(Table.AD1, "CHILD=1", "DATE_INT=02/05/2025")
                .failures("521")));
    }

    @Test
    void rule551PlacedForAdoptionHasADecision() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=A5")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/01/2025").failing("551"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=A5")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=").failing("551"));
    }

    @Test
    void rule552DecisionOnOrBeforePlacing() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "PLACE=A4")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/05/2025").failing("552"));
        assertEquals(List.of(2, 2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "PLACE=A4")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=02/05/2025").failing("552"));
    }

    @Test
    void rule553PlacementOrderHasADecision() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "LS=E1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/04/2025").failing("553"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "LS=E1").failing("553"));
        assertEquals(List.of(Table.PLACED_ADOPTION), tables(Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "LS=E1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=").failures("553")));
        assertEquals(List.of(Table.PLACED_ADOPTION), tables(Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "LS=E1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/04/2025", "DATE_PLACED_CEASED=01/06/2025",
                        "REASON_PLACED_CEASED=RD1").failures("553")));
    }

    @Test
    void rule554DecisionOnOrBeforeThePlacementOrder() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "LS=E1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/04/2025").failing("554"));
        assertEquals(List.of(2, 2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "LS=E1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=02/05/2025").failing("554"));
    }

    @Test
    void rule555FreeingOrderHasADecision() {
        assertEquals(List.of(), Given.year(2023).episode("CHILD=1", "DECOM=01/05/2005", "LS=D1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/04/2005").failing("555"));
        assertEquals(List.of(2), Given.year(2023).episode("CHILD=1", "DECOM=01/05/2005", "LS=D1").failing("555"));
    }

    @Test
    void rule556DecisionOnOrBeforeTheFreeingOrder() {
        assertEquals(List.of(), Given.year(2023).episode("CHILD=1", "DECOM=01/05/2005", "LS=D1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/04/2005").failing("556"));
        assertEquals(List.of(2, 2), Given.year(2023).episode("CHILD=1", "DECOM=01/05/2005", "LS=D1")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=02/05/2005").failing("556"));
    }

    @Test
    void rule557LeavingCareOtherwiseEndsTheDecision() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=01/09/2025", "REC=E45")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/09/2025",
                        "REASON_PLACED_CEASED=RD4").failing("557"));
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=01/09/2025", "REC=E11")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/05/2025").failing("557"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=01/09/2025", "REC=E45")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/09/2025").failing("557"));
        assertEquals(List.of(Table.EPISODES), tables(Given.year(2025)
                .episode("CHILD=1", "DECOM=01/04/2025", "DEC=01/09/2025", "REC=E13", "LS=E1").failures("557")));
    }

    @Test
    void rule558AdoptedChildsDecisionHasNotCeased() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=01/09/2025", "REC=E12")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/01/2024", "DATE_PLACED_CEASED=01/02/2024")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/05/2025").failing("558"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DEC=01/09/2025", "REC=E12")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/05/2025", "DATE_PLACED_CEASED=01/09/2025").failing("558"));
    }

    @Test
    void rule582NotAdoptedOnTheDayOfMatching() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=01/09/2025", "REC=E11")
                .row(Table.AD1, AD1_COMPLETE).failing("582"));
        assertEquals(List.of(2, 2), Given.year(2025).episode("CHILD=1", "DEC=01/03/2025", "REC=E11")
                .row(Table.AD1, AD1_COMPLETE).failing("582"));
    }

    @Test
    void rule601ChildAdoptedInTheYearHasAdoptionDetails() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=01/09/2025", "REC=E11").row(Table.AD1, AD1_COMPLETE)
                .failing("601"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DEC=01/09/2025", "REC=E11").failing("601"));
        List<RuleFailure> blank = Given.year(2025).episode("CHILD=1", "DEC=01/09/2025", "REC=E11")
                .row(Table.AD1, "CHILD=1", "DATE_INT=01/01/2025", "DATE_MATCH=01/03/2025").failures("601");
        assertEquals(List.of("FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"), blank.get(0).fields());
    }

    @Test
    void rule602AdoptionDetailsOnlyForChildrenAdopted() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=01/09/2025", "REC=E12").row(Table.AD1, AD1_COMPLETE)
                .failing("602"));
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=01/09/2025", "REC=E13")
                .row(Table.AD1, "CHILD=1", "DATE_INT=", "DATE_MATCH=").failing("602"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "DEC=01/09/2025", "REC=E13").row(Table.AD1, AD1_COMPLETE)
                .episode("CHILD=2", "DEC=01/09/2024", "REC=E11").row(Table.AD1, "CHILD=2", "DATE_INT=01/01/2024")
                .failing("602"));
    }

    @Test
    void rule1003DecisionNotBeforeCareBegan() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "RNE=S")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/05/2025").failing("1003"));
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "RNE=P")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=01/04/2025").failing("1003"));
        assertEquals(List.of(2, 2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "RNE=S")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=30/04/2025").failing("1003"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "RNE=P", "DEC=01/05/2025", "REC=E13")
                .episode("CHILD=1", "DECOM=01/06/2025", "RNE=S")
                .row(Table.PLACED_ADOPTION, "CHILD=1", "DATE_PLACED=30/04/2025").failing("1003"));
    }

    private static List<Table> tables(List<RuleFailure> failures) {
        return failures.stream().map(RuleFailure::table).toList();
    }
}
