package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReturnValidation;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule comparing this year's episodes with last year's return. */
class PreviousYearRulesTest {

    /** Last year's open episode, begun 01/02/2025. */
    private static final String[] OPEN = {"CHILD=1", "DECOM=01/02/2025", "RNE=P", "LS=C2", "CIN=N1", "PLACE=U4",
        "PLACE_PROVIDER=PR1", "URN=SC123456", "PL_DISTANCE=5.0", "PL_LA=E09000001", "PL_LOCATION=IN", "DEC="};

    @Test
    void rule452PlacementAuthorityCarriesOn() {
        assertEquals(List.of(), carried("PL_LA=E09000002", "RNE=S").failing("452"));
        assertEquals(List.of(), carried().failing("452"));
        assertEquals(List.of(2), carried("PL_LA=E09000002").failing("452"));
    }

    @Test
    void rule453PlacementDistanceCarriesOn() {
        assertEquals(List.of(), carried("PL_DISTANCE=5.1").failing("453"));
        assertEquals(List.of(2), carried("PL_DISTANCE=5.2").failing("453"));
    }

    @Test
    void rule502OpenEpisodeCarriesOnFromItsStart() {
        assertEquals(List.of(), carried().failing("502"));
        assertEquals(List.of(), Given.year(2025).last(Table.EPISODES, "CHILD=1", "DECOM=01/02/2025", "DEC=01/03/2025", "REC=E13")
                .episode("CHILD=1", "DECOM=01/05/2025").failing("502"));
        assertEquals(List.of(2), carried("DECOM=02/02/2025").failing("502"));
    }

    @Test
    void rule503AReasonCarriesOn() {
        assertEquals(List.of(), carried().failing("503A"));
        assertEquals(List.of(), carried("RNE=L", "DECOM=02/02/2025").failing("503A"));
        assertEquals(List.of(2), carried("RNE=L").failing("503A"));
    }

    @Test
    void rule503BLegalStatusCarriesOn() {
        assertEquals(List.of(), carried().failing("503B"));
        assertEquals(List.of(2), carried("LS=E1").failing("503B"));
    }

    @Test
    void rule503CCategoryOfNeedCarriesOn() {
        assertEquals(List.of(), carried().failing("503C"));
        assertEquals(List.of(2), carried("CIN=N2").failing("503C"));
    }

    @Test
    void rule503DPlacementTypeCarriesOn() {
        assertEquals(List.of(), carried().failing("503D"));
        assertEquals(List.of(2), carried("PLACE=U5").failing("503D"));
        assertEquals("needs the previous year's return, which was not supplied", ReturnValidation
                .validate(Given.year(2024).episode("CHILD=1", "DECOM=01/02/2024").files()).notRun().get("503D"));
    }

    @Test
    void rule503EProviderCarriesOn() {
        assertEquals(List.of(), carried().failing("503E"));
        assertEquals(List.of(2), carried("PLACE_PROVIDER=PR4").failing("503E"));
    }

    @Test
    void rule503FUrnCarriesOn() {
        assertEquals(List.of(), carried().failing("503F"));
        assertEquals(List.of(2), carried("URN=SC654321").failing("503F"));
    }

    @Test
    void rule503GDistanceCarriesOn() {
        assertEquals(List.of(), carried("PL_DISTANCE=4.9").failing("503G"));
        assertEquals(List.of(2), carried("PL_DISTANCE=12.0").failing("503G"));
    }

    @Test
    void rule503HPlacementAuthorityCarriesOn() {
        assertEquals(List.of(), carried().failing("503H"));
        assertEquals(List.of(2), carried("PL_LA=E09000002", "RNE=S").failing("503H"));
    }

    @Test
    void rule503JPlacementLocationCarriesOn() {
        assertEquals(List.of(), carried().failing("503J"));
        assertEquals(List.of(2), carried("PL_LOCATION=OUT").failing("503J"));
    }

    @Test
    void rule562EpisodeBegunBeforeTheYearIsInLastYearsReturn() {
        assertEquals(List.of(), carried().failing("562"));
        assertEquals(List.of(2), Given.year(2025).last(Table.EPISODES, "CHILD=1", "DECOM=01/02/2024", "DEC=01/03/2025", "REC=X1")
                .episode("CHILD=1", "DECOM=01/03/2025").failing("562"));
        assertEquals(List.of(2), Given.year(2025).last(Table.EPISODES, "CHILD=1", "DECOM=01/02/2024", "DEC=01/03/2025", "REC=X1")
                .last(Table.EPISODES, "CHILD=1", "DECOM=01/03/2025").episode("CHILD=1", "DECOM=02/03/2025").failing("562"));
    }

    @Test
    void ruleNoEChildInCareBeforeTheYearHasLastYearsEpisodes() {
        assertEquals(List.of(), carried().episode("CHILD=2", "DECOM=01/04/2025").failing("NoE"));
        assertEquals(List.of(2), Given.year(2025).lastYearKnown().episode("CHILD=1", "DECOM=01/03/2025").failing("NoE"));
    }

    /** Last year's {@link #OPEN} episode and this year's first episode, the same but for the given values. */
    private static Given carried(String... changes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : OPEN) {
            values.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        for (String pair : changes) {
            values.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        return Given.year(2025).last(Table.EPISODES, OPEN).episode(values.values().toArray(String[]::new));
    }
}
