package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.health.Oc2Return;
import org.junit.jupiter.api.Test;

/**
 * Hand-made 903 files (synthetic children) stitched, merged into an empty council and written back without a database:
 * the fields the load accepted come back as loaded, not blank or replaced by the child's latest values.
 */
class Ssda903RoundTripTest {

    private static final CollectionYear YEAR = new CollectionYear(2024);
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n";
    private static final String OC2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,"
            + "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\r\n";

    @Test
    void urnMotherMcDobHomePostcodePerEpisodeDucAndOc2RowsKeptAsLoadedAreWrittenBackAsLoaded() {
        String header = HEADER + "W1,F,01/05/2007,WBRI,A123456789012,1,03/02/2024\r\n";
        String episodes = EPISODES + "W1,01/05/2024,S,C2,N1,U4,PR1,01/09/2024,X1,,AB1 2CD,KV1 1AA,SC123456\r\n"
                + "W1,01/09/2024,P,C2,N1,U5,PR1,,,CARPL,EF3 4GH,KV2 2BB,SC654321\r\n";
        String oc2 = OC2 + "W1,01/05/2007,12,,0,,1,1,1,0,,\r\n";
        String uasc = "CHILD,SEX,DOB,DUC\r\nW1,2,01/05/2007,01/05/2025\r\n";
        Ssda903Stitch.Stitched stitched = Ssda903Stitch.stitch(Map.of(YEAR, Map.of("header.csv", header, "episodes.csv", episodes,
                "oc2.csv", oc2, "uasc.csv", uasc)), Set.of());
        Map<String, Child> children = new HashMap<>();
        List<Object> created = new Ssda903Merge(new Council("999", "Test council"), children, new HashMap<>(), new HashSet<>(),
                new HashMap<>()).apply(stitched);
        Ssda903Oc2 oc2Loader = new Ssda903Oc2();
        List<Oc2Return> returns = oc2Loader.apply(stitched.further().oc2(), children, Map.of(), new HashMap<>());
        assertThat(oc2Loader.problems()).as("outside the cohort by the episodes: kept as loaded, with a warning").singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(ImportProblem.Severity.WARNING));

        List<UascPeriod> periods = created.stream()
                .filter(UascPeriod.class::isInstance)
                .map(UascPeriod.class::cast).toList();
        List<Episode> loaded = new ArrayList<>(created.stream().filter(Episode.class::isInstance).map(Episode.class::cast).toList());
        Map<Ssda903File, String> written = Ssda903Writer.write(new Ssda903Records(List.copyOf(children.values()), loaded, periods,
                List.of(), List.of(), List.of(), List.of(), returns, List.of(), List.of(), List.of()), YEAR);

        assertThat(written.get(Ssda903File.HEADER)).isEqualTo(header);
        assertThat(written.get(Ssda903File.EPISODES)).as("each episode's HOME_POST and URN as loaded").isEqualTo(episodes);
        assertThat(written.get(Ssda903File.OC2)).isEqualTo(oc2);
        assertThat(written.get(Ssda903File.UASC)).as("DUC after the year end (the 18th birthday) as loaded, not blank").isEqualTo(uasc.replace("W1,2,", "W1,F,"));
    }
}
