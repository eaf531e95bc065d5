package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on legal statuses, their durations and short breaks. */
class LegalStatusRulesTest {

    @Test
    void rule361PoliceProtectionLastsAtMost72Hours() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=L1", "DECOM=01/05/2025", "DEC=04/05/2025")
                .failing("361"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "LS=L1", "DECOM=01/05/2025", "DEC=03/05/2025")
                .episode("CHILD=1", "LS=L1", "DECOM=03/05/2025", "DEC=05/05/2025").failing("361"));
    }

    @Test
    void rule362EmergencyProtectionLastsAtMost21Days() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=L2", "DECOM=01/05/2025", "DEC=22/05/2025")
                .episode("CHILD=1", "LS=C1", "DECOM=22/05/2025").failing("362"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=L2", "DECOM=01/03/2026").failing("362"));
    }

    @Test
    void rule363ChildAssessmentLastsAtMost7Days() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=L3", "DECOM=01/05/2025", "DEC=08/05/2025")
                .failing("363"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=L3", "DECOM=01/05/2025", "DEC=09/05/2025")
                .failing("363"));
    }

    @Test
    void rule364PaceAccommodationLastsAtMost21Days() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=J2", "DECOM=01/05/2025", "DEC=10/05/2025")
                .episode("CHILD=1", "LS=C1", "DECOM=10/05/2025", "DEC=20/05/2025")
                .episode("CHILD=1", "LS=J2", "DECOM=20/05/2025", "DEC=01/06/2025").failing("364"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=J2", "DECOM=01/05/2025", "DEC=23/05/2025")
                .failing("364"));
    }

    @Test
    void rule365AShortBreakLastsAtMost17Days() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=V3", "DECOM=01/05/2025", "DEC=18/05/2025")
                .failing("365"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=V3", "DECOM=01/05/2025", "DEC=19/05/2025")
                .failing("365"));
    }

    @Test
    void rule366AShortBreakIsItsOwnEpisode() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=V3", "RNE=S").episode("CHILD=2", "LS=V4", "RNE=P")
                .failing("366"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=V3", "RNE=P").failing("366"));
    }

    @Test
    void rule367ShortBreaksAddUpToAtMost75Days() {
        Given fine = Given.year(2025);
        Given over = Given.year(2025);
        for (int month = 5; month <= 9; month++) {
            fine.episode("CHILD=1", "LS=V3", "DECOM=01/0" + month + "/2025", "DEC=16/0" + month + "/2025");
            over.episode("CHILD=1", "LS=V3", "DECOM=01/0" + month + "/2025", "DEC=17/0" + month + "/2025");
        }
        assertEquals(List.of(), fine.failing("367"));
        assertEquals(List.of(2, 3, 4, 5, 6), over.failing("367"));
    }

    @Test
    void rule378NoSection20AccommodationWithParents() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=P1", "LS=C2").failing("378"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=P1", "LS=V2").failing("378"));
    }

    @Test
    void rule382NoTemporaryPlacementInAShortBreak() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=T1", "LS=C2").failing("382"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=T3", "LS=V4").failing("382"));
    }

    @Test
    void rule384NoLongTermFosteringInAShortBreak() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=U5", "LS=V3").failing("384"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=U4", "LS=V3").failing("384"));
    }
}
