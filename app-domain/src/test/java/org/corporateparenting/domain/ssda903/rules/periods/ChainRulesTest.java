package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on the chain of a child's episodes. */
class ChainRulesTest {

    private static final String[] PLACED = {"PLACE=U4", "PL_POST=AB1 2CD", "URN=SC123456", "PLACE_PROVIDER=PR1"};

    @Test
    void rule407NoSpecialGuardianshipAt18() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=02/06/2007")
                .episode("CHILD=1", "DECOM=01/01/2025", "DEC=01/06/2025", "REC=E45").failing("407"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/06/2007")
                .episode("CHILD=1", "DECOM=01/01/2025", "DEC=01/06/2025", "REC=E46").failing("407"));
    }

    @Test
    void rule431StartedToBeLookedAfterNotOnThePreviousEnd() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=E13")
                .episode("CHILD=1", "DECOM=11/05/2025", "RNE=S").failing("431"));
        assertEquals(List.of(3), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=E13")
                .episode("CHILD=1", "DECOM=10/05/2025", "RNE=S").failing("431"));
    }

    @Test
    void rule432AfterCareCeasedTheNextEpisodeStartsCare() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=10/05/2025", "RNE=P").failing("432"));
        assertEquals(List.of(3), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=E13")
                .episode("CHILD=1", "DECOM=01/06/2025", "RNE=P").failing("432"));
    }

    @Test
    void rule433ContinuationStartsTheDayThePreviousEnded() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=10/05/2025", "RNE=L").episode("CHILD=2", "DECOM=01/05/2025", "RNE=P")
                .failing("433"));
        assertEquals(List.of(3), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=12/05/2025", "RNE=T").failing("433"));
        assertEquals(List.of(3), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=")
                .episode("CHILD=1", "DECOM=12/05/2025", "RNE=P").failing("433"));
    }

    @Test
    void rule434LegalStatusChangeOnlyChangesOnlyTheLegalStatus() {
        assertEquals(List.of(), chain("RNE=L", "LS=E1", PLACED).failing("434"));
        assertEquals(List.of(3), chain("RNE=L", "LS=C2", PLACED).failing("434"));
        assertEquals(List.of(3), chain("RNE=L", "LS=E1", "PLACE=U4", "PL_POST=AB1 2CD", "URN=SC999999", "PLACE_PROVIDER=PR1")
                .failing("434"));
    }

    @Test
    void rule435PlacementChangeOnlyChangesThePlacementNotTheLegalStatus() {
        assertEquals(List.of(), chain("RNE=P", "LS=C2", "PLACE=U5", "PL_POST=AB1 2CD", "URN=SC123456", "PLACE_PROVIDER=PR1")
                .failing("435"));
        assertEquals(List.of(3), chain("RNE=P", "LS=C2", PLACED).failing("435"));
        assertEquals(List.of(3), chain("RNE=B", "LS=C2", PLACED).failing("435"));
        assertEquals(List.of(3), chain("RNE=P", "LS=E1", "PLACE=U5", "PL_POST=EF3 4GH", "URN=SC123456", "PLACE_PROVIDER=PR1")
                .failing("435"));
    }

    @Test
    void rule436BothChangedChangesBoth() {
        assertEquals(List.of(), chain("RNE=T", "LS=E1", "PLACE=U4", "PL_POST=EF3 4GH", "URN=SC123456", "PLACE_PROVIDER=PR1")
                .failing("436"));
        assertEquals(List.of(3), chain("RNE=T", "LS=E1", PLACED).failing("436"));
        assertEquals(List.of(3), chain("RNE=U", "LS=E1", PLACED).failing("436"));
        assertEquals(List.of(3), chain("RNE=T", "LS=C2", "PLACE=U5", "PL_POST=AB1 2CD", "URN=SC123456", "PLACE_PROVIDER=PR1")
                .failing("436"));
    }

    @Test
    void rule437NoEpisodeAfterDeathOrBeingFound18() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=E13")
                .episode("CHILD=1", "DECOM=01/06/2025", "RNE=S").episode("CHILD=2", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=E2")
                .failing("437"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=E15")
                .episode("CHILD=1", "DECOM=01/06/2025", "RNE=S").failing("437"));
    }

    @Test
    void rule501EpisodesDoNotOverlap() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=10/05/2025", "RNE=P").failing("501"));
        assertEquals(List.of(3), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=09/05/2025", "RNE=P").failing("501"));
    }

    @Test
    void rule504CategoryOfNeedIsThePeriodsThroughout() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=E13", "CIN=N1")
                .episode("CHILD=1", "DECOM=01/06/2025", "RNE=S", "CIN=N4", "DEC=01/07/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/07/2025", "RNE=P", "CIN=N4").failing("504"));
        assertEquals(List.of(4), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=X1", "CIN=N1")
                .episode("CHILD=1", "DECOM=10/05/2025", "RNE=P", "CIN=N1", "DEC=01/07/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/07/2025", "RNE=P", "CIN=N2").failing("504"));
    }

    /** A first episode in C2 with {@link #PLACED}, ending X1 on 10 May, and a second with the given values. */
    private static Given chain(String reason, String status, String... placement) {
        String[] first = {"CHILD=1", "DECOM=01/04/2025", "DEC=10/05/2025", "REC=X1", "LS=C2"};
        String[] second = new String[3 + placement.length];
        second[0] = "CHILD=1";
        second[1] = "DECOM=10/05/2025";
        second[2] = reason;
        System.arraycopy(placement, 0, second, 3, placement.length);
        String[] firstAll = concat(first, PLACED);
        String[] secondAll = concat(second, new String[] {status});
        return Given.year(2025).episode(firstAll).episode(secondAll);
    }

    private static String[] concat(String[] one, String[] other) {
        String[] all = new String[one.length + other.length];
        System.arraycopy(one, 0, all, 0, one.length);
        System.arraycopy(other, 0, all, one.length, other.length);
        return all;
    }
}
