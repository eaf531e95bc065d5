package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on the reason for a placement change. */
class PlacementChangeRulesTest {

    @Test
    void rule225APlacementChangeHasAReason() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/06/2025", "REC=X1",
                "PLACE=U4", "REASON_PLACE_CHANGE=CARPL").episode("CHILD=1", "DECOM=01/06/2025", "RNE=P", "PLACE=U5")
                .episode("CHILD=2", "DECOM=01/05/2025", "DEC=01/06/2025", "REC=X1", "PLACE=U4")
                .episode("CHILD=2", "DECOM=01/06/2025", "RNE=P", "PLACE=T1").failing("225"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/06/2025", "REC=X1",
                "PLACE=U4").episode("CHILD=1", "DECOM=01/06/2025", "RNE=P", "PLACE=U5").failing("225"));
    }

    @Test
    void rule226NoReasonAroundATemporaryPlacement() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "PLACE=U4")
                .episode("CHILD=1", "DECOM=01/06/2025", "PLACE=T1").failing("226"));
        assertEquals(List.of(3), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "PLACE=U4",
                "REASON_PLACE_CHANGE=CARPL").episode("CHILD=1", "DECOM=01/06/2025", "PLACE=T1").failing("226"));
    }

    @Test
    void rule233NoReasonWhileTheEpisodeIsOpen() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=01/06/2025", "REASON_PLACE_CHANGE=CARPL")
                .failing("233"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DEC=", "REASON_PLACE_CHANGE=CARPL").failing("233"));
    }

    @Test
    void rule234NoCustodyUnder10() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/06/2015")
                .episode("CHILD=1", "DEC=01/06/2025", "REASON_PLACE_CHANGE=CUSTOD").failing("234"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=02/06/2015")
                .episode("CHILD=1", "DEC=01/06/2025", "REASON_PLACE_CHANGE=CUSTOD").failing("234"));
    }
}
