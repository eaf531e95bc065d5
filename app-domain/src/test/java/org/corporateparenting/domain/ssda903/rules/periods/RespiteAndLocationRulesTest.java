package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on short breaks and where a child is placed. */
class RespiteAndLocationRulesTest {

    @Test
    void rule398ShortBreaksHaveNoPostcodes() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=V3").episode("CHILD=2", "LS=C2", "HOME_POST=AB1 2CD")
                .failing("398"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "LS=V3", "PL_POST=AB1 2CD")
                .episode("CHILD=2", "LS=V4", "HOME_POST=AB1 2CD").failing("398"));
    }

    @Test
    void rule399ChildOnlyOnShortBreaksHasNoMotherOrReviews() {
        Given mixed = Given.year(2025).episode("CHILD=1", "LS=V3").episode("CHILD=1", "LS=C2").header("CHILD=1", "MOTHER=1");
        assertEquals(List.of(), mixed.failing("399"));
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=V4").header("CHILD=1", "MOTHER=")
                .row(Table.REVIEWS, "CHILD=1", "REVIEW=", "REVIEW_CODE=").failing("399"));
        assertEquals(List.of(2, 2), Given.year(2025).episode("CHILD=1", "LS=V4").header("CHILD=1", "MOTHER=0")
                .row(Table.REVIEWS, "CHILD=1", "REVIEW=01/06/2025", "REVIEW_CODE=PN1").failing("399"));
    }

    @Test
    void rule406UnaccompaniedAsylumSeekingChildHasNoDistance() {
        assertEquals(List.of(), Given.year(2025).row(Table.UASC, "CHILD=1", "DUC=01/01/2026").episode("CHILD=1", "PL_DISTANCE=")
                .episode("CHILD=2", "PL_DISTANCE=12.0").failing("406"));
        assertEquals(List.of(2), Given.year(2025).row(Table.UASC, "CHILD=1", "DUC=01/01/2026")
                .episode("CHILD=1", "PL_DISTANCE=12.0").failing("406"));
        assertEquals(List.of(2), Given.year(2025).last(Table.UASC, "CHILD=1", "DUC=01/01/2025")
                .episode("CHILD=1", "PL_DISTANCE=12.0").failing("406"));
    }

    @Test
    void rule411LocationAgreesWithTheCouncilsOwnAuthority() {
        Given agreeing = Given.year(2025).episode("CHILD=1", "PL_LOCATION=IN", "PL_LA=E09000001")
                .episode("CHILD=2", "PL_LOCATION=IN", "PL_LA=E09000001").episode("CHILD=3", "PL_LOCATION=OUT", "PL_LA=E09000002");
        assertEquals(List.of(), agreeing.failing("411"));
        assertEquals(List.of(4, 5), Given.year(2025).episode("CHILD=1", "PL_LOCATION=IN", "PL_LA=E09000001")
                .episode("CHILD=2", "PL_LOCATION=IN", "PL_LA=E09000001").episode("CHILD=3", "PL_LOCATION=IN", "PL_LA=E09000002")
                .episode("CHILD=4", "PL_LOCATION=OUT", "PL_LA=E09000001").failing("411"));
    }

    @Test
    void rule420ShortBreaksHaveNoPlacementAuthority() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=V3", "PL_LA=").episode("CHILD=2", "LS=C2", "PL_LA=E09000001")
                .failing("420"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=V4", "PL_LA=E09000001").failing("420"));
    }

    @Test
    void rule426NotBothKindsOfShortBreaksInAYear() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=V3").episode("CHILD=1", "LS=V3")
                .episode("CHILD=2", "LS=V4").failing("426"));
        assertEquals(List.of(2, 4), Given.year(2025).episode("CHILD=1", "LS=V3").episode("CHILD=1", "LS=C2")
                .episode("CHILD=1", "LS=V4").failing("426"));
    }

    @Test
    void rule454DistanceAtMost350MilesUnlessUasc() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PL_DISTANCE=350.0")
                .row(Table.UASC, "CHILD=2", "DUC=01/01/2026").episode("CHILD=2", "PL_DISTANCE=400.0").failing("454"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PL_DISTANCE=350.1").failing("454"));
    }
}
