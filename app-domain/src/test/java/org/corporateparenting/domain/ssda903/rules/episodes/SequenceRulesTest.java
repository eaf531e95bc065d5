package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on a child's episodes in order. */
class SequenceRulesTest {

    @Test
    void rule142EveryEpisodeButTheLatestHasEnded() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/06/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/06/2025").failing("142"));
        assertEquals(List.of(3), Given.year(2025).episode("CHILD=1", "DECOM=01/06/2025")
                .episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/06/2025").failing("142"));
    }

    @Test
    void rule199NoCareAfterAdoption() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/06/2025", "REC=E11")
                .failing("199"));
        assertEquals(List.of(2), Given.year(2025).last(Table.EPISODES, "CHILD=1", "DECOM=01/05/2024", "DEC=01/06/2024",
                "REC=E12").episode("CHILD=1", "DECOM=01/05/2025").failing("199"));
    }

    @Test
    void rule336AdoptionWithFosterCarersFollowsFostering() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "PLACE=U4")
                .episode("CHILD=1", "DECOM=01/06/2025", "PLACE=A5").failing("336"));
        assertEquals(List.of(3), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "PLACE=K2")
                .episode("CHILD=1", "DECOM=01/06/2025", "PLACE=A3").failing("336"));
    }

    @Test
    void rule357TheFirstEpisodeIsAStart() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "RNE=S")
                .episode("CHILD=2", "DECOM=01/05/2024", "RNE=P").failing("357"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "RNE=P")
                .episode("CHILD=1", "DECOM=01/06/2025", "RNE=S").failing("357"));
    }

    @Test
    void rule380NoPeriodStartsInATemporaryPlacement() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "RNE=S", "PLACE=U4").failing("380"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "RNE=S", "PLACE=T0").failing("380"));
    }

    @Test
    void rule381NoPeriodEndsInATemporaryPlacement() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "REC=X1", "PLACE=T1").failing("381"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "REC=E13", "PLACE=T1").failing("381"));
    }

    @Test
    void rule383ATemporaryPlacementReturnsToTheUsualOne() {
        Given back = Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/06/2025", "REC=X1", "PLACE=U4",
                "PL_POST=AB1 2CD").episode("CHILD=1", "DECOM=01/06/2025", "DEC=05/06/2025", "REC=X1", "PLACE=T1")
                .episode("CHILD=1", "DECOM=05/06/2025", "RNE=P", "PLACE=U4", "PL_POST=AB1 2CD");
        assertEquals(List.of(), back.failing("383"));
        assertEquals(List.of(4), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/06/2025", "REC=X1",
                "PLACE=U4", "PL_POST=AB1 2CD").episode("CHILD=1", "DECOM=01/06/2025", "DEC=05/06/2025", "REC=X1", "PLACE=T1")
                .episode("CHILD=1", "DECOM=05/06/2025", "RNE=P", "PLACE=U4", "PL_POST=EF3 4GH").failing("383"));
        assertEquals(List.of(4), Given.year(2023).episode("CHILD=1", "DECOM=01/05/2023", "DEC=01/06/2023", "REC=X1",
                "PLACE=U4").episode("CHILD=1", "DECOM=01/06/2023", "DEC=05/06/2023", "REC=X1", "PLACE=T1")
                .episode("CHILD=1", "DECOM=05/06/2023", "RNE=P", "PLACE=K2").failing("383"));
    }

    @Test
    void rule388AnX1IsFollowedTheSameDay() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/06/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/06/2025").failing("388"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/06/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=02/06/2025").failing("388"));
    }
}
