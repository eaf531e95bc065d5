package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReferenceData;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on an episode's own fields. */
class EpisodeFieldRulesTest {

    /** A postcode lookup knowing AB1 2CD and EF3 4GH only. */
    private static final ReferenceData POSTCODES = new ReferenceData() {
        @Override
        public Optional<Postcodes> postcodes() {
            return Optional.of(code -> code.replace(" ", "").equals("AB12CD") || code.replace(" ", "").equals("EF34GH")
                    ? Optional.of(new Place(code, "E09000001", 51.5, -0.1))
                    : Optional.empty());
        }

        @Override
        public Optional<Providers> providers() {
            return Optional.empty();
        }
    };

    @Test
    void rule143ReasonForNewEpisodeIsACode() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "RNE=S").episode("CHILD=2", "RNE=B").failing("143"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "RNE=X").episode("CHILD=2", "RNE=").failing("143"));
    }

    @Test
    void rule144LegalStatusIsACode() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=C2").failing("144"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=C9").failing("144"));
    }

    @Test
    void rule145CategoryOfNeedIsACode() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "CIN=N1").failing("145"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "CIN=N9").failing("145"));
    }

    @Test
    void rule146PlacementTypeIsACodeOfTheYearTheEpisodeBegan() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=U4", "DECOM=01/05/2025")
                .episode("CHILD=2", "PLACE=H5", "DECOM=01/05/2022").failing("146"));
        assertEquals(List.of(2, 3, 4), Given.year(2025).episode("CHILD=1", "PLACE=H5", "DECOM=01/05/2025")
                .episode("CHILD=2", "PLACE=Q9", "DECOM=01/05/2025").episode("CHILD=3", "PLACE=", "DECOM=01/05/2025")
                .failing("146"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=Z1", "DECOM=01/05/2025")
                .episode("CHILD=2", "PLACE=Z11", "DECOM=01/05/2025").episode("CHILD=3", "PLACE=Z1", "DECOM=01/05/2024")
                .failing("146"));
    }

    @Test
    void rule147EndDateIsARealDate() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=01/05/2025").episode("CHILD=2", "DEC=")
                .failing("147"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DEC=31/04/2025").failing("147"));
    }

    @Test
    void rule148EndDateAndReasonGoTogether() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=01/05/2025", "REC=E13").episode("CHILD=2")
                .failing("148"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "DEC=01/05/2025").episode("CHILD=2", "REC=E13")
                .failing("148"));
    }

    @Test
    void rule149ReasonCeasedIsACode() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "REC=E4A").episode("CHILD=2", "REC=").failing("149"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "REC=E43").failing("149"));
    }

    @Test
    void rule164DistanceIsBetweenNoneAnd999Miles() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=C2", "PL_DISTANCE=12.5")
                .episode("CHILD=2", "LS=V3", "PL_DISTANCE=1200").row(Table.UASC, "CHILD=3", "DUC=01/01/2026")
                .episode("CHILD=3", "LS=C2", "PL_DISTANCE=1200").failing("164"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "LS=C2", "PL_DISTANCE=1000.0")
                .episode("CHILD=2", "LS=C2", "PL_DISTANCE=far").failing("164"));
    }

    @Test
    void rule169PlacementAuthorityIsGivenUnlessAShortBreak() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=C2", "PL_LA=E09000001")
                .episode("CHILD=2", "LS=V4", "PL_LA=").failing("169"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=C2", "PL_LA=").failing("169"));
    }

    @Test
    void rule178PlacementProviderIsACode() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE_PROVIDER=PR4").failing("178"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE_PROVIDER=PR6").failing("178"));
    }

    @Test
    void rule179PlacementLocationIsInOrOut() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PL_LOCATION=OUT").failing("179"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PL_LOCATION=ELSEWHERE").failing("179"));
    }

    @Test
    void rule217tIndependentLivingEndsOn28October2023() {
        assertEquals(List.of(), Given.year(2023).episode("CHILD=1", "PLACE=P2", "DECOM=27/10/2023").failing("217t"));
        assertEquals(List.of(2), Given.year(2023).episode("CHILD=1", "PLACE=P2", "DECOM=28/10/2023").failing("217t"));
    }

    @Test
    void rule353NoEpisodeBeforeTheChildrenAct() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=14/10/1991").failing("353"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=13/10/1991").failing("353"));
    }

    @Test
    void rule354NoEpisodeStartsAfterTheYear() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=31/03/2026").failing("354"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2026").failing("354"));
    }

    @Test
    void rule355AnEpisodeLastsADay() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=02/05/2025").failing("355"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/05/2025").failing("355"));
    }

    @Test
    void rule356NoEpisodeEndsBeforeItBegins() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=01/05/2025").failing("356"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DECOM=01/05/2025", "DEC=30/04/2025").failing("356"));
    }

    @Test
    void rule385NoEpisodeEndsAfterTheYear() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DEC=31/03/2026").failing("385"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "DEC=01/04/2026").failing("385"));
    }

    @Test
    void rule392aDistanceIsRecorded() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=C2", "PL_DISTANCE=3.2")
                .episode("CHILD=2", "LS=V3", "PL_DISTANCE=").failing("392a"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=C2", "PL_DISTANCE=").failing("392a"));
    }

    @Test
    void rule392bPostcodesAreRecorded() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=C2", "HOME_POST=AB1 2CD", "PL_POST=EF3 4GH")
                .episode("CHILD=2", "LS=V4").failing("392b"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=C2", "HOME_POST=AB1 2CD").failing("392b"));
    }

    @Test
    void rule392cPostcodesAreKnownToTheLookup() {
        assertEquals(List.of(), Given.year(2025).reference(POSTCODES)
                .episode("CHILD=1", "HOME_POST=AB1 2CD", "PL_POST=EF34GH").failing("392c"));
        assertEquals(List.of(2), Given.year(2025).reference(POSTCODES)
                .episode("CHILD=1", "HOME_POST=AB1 2CD", "PL_POST=ZZ9 9ZZ").failing("392c"));
    }

    @Test
    void rule392dHomeAndPlacementDifferUnlessWithParents() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=P1", "HOME_POST=AB1 2CD", "PL_POST=AB12CD")
                .episode("CHILD=2", "PLACE=U4", "HOME_POST=AB1 2CD", "PL_POST=EF3 4GH").failing("392d"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=U4", "HOME_POST=AB1 2CD", "PL_POST=ab12cd")
                .failing("392d"));
    }
}
