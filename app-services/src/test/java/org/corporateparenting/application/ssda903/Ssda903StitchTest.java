package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.application.ssda903.Ssda903Stitch.EpisodeRow;
import org.corporateparenting.domain.code.CollectionYear;
import org.junit.jupiter.api.Test;

/** Stitching hand-written 903 files of two years (synthetic children) into one history, with each repair reported. */
class Ssda903StitchTest {

    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n";
    private static final CollectionYear Y2023 = new CollectionYear(2023);
    private static final CollectionYear Y2024 = new CollectionYear(2024);

    @Test
    void theNextYearsFileClosesAnEpisodeLeftOpenAndTheLatestHeaderWins() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(
                Y2023, Map.of("header.csv", HEADER + "A1,1,01/05/2015,WBRI,,,\r\n",
                        "episodes.csv", EPISODES + "A1,10/06/2023,S,C2,N1,U1,PR1,,,,AB1 2CD,,\r\n"),
                Y2024, Map.of("header.csv", HEADER + "A1,1,01/05/2015,WIRI,,,\r\n",
                        "episodes.csv", EPISODES + "A1,10/06/2023,S,C2,N1,U1,PR1,03/09/2024,E4A,,AB1 2CD,,\r\n")), Set.of());

        assertThat(s.children().get("A1").ethnicity()).isEqualTo("WIRI");
        List<EpisodeRow> episodes = s.episodes().get("A1");
        assertThat(episodes).singleElement().satisfies(e -> {
            assertThat(e.end()).isEqualTo(LocalDate.of(2024, 9, 3));
            assertThat(e.reasonCeased()).isEqualTo("E4A");
            assertThat(e.knownTo()).isEqualTo(Y2024);
        });
        assertThat(s.problems()).as("closing by the next year's file is the normal case, not a repair").isEmpty();
    }

    @Test
    void anOverlapIsEndedWhenTheNextEpisodeStartsADuplicateKeepsTheLaterRowAndAChildWithoutAHeaderIsAnError() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(Y2024, Map.of(
                "header.csv", HEADER + "B1,2,01/05/2012,WBRI,,,\r\n",
                "episodes.csv", EPISODES
                        + "B1,01/05/2024,S,C2,N1,U1,PR1,,,,,,\r\n"
                        + "B1,01/08/2024,P,C2,N1,U4,PR1,,,CARPL,,,\r\n"
                        + "B1,01/08/2024,P,C2,N1,U5,PR1,,,CARPL,,,\r\n"
                        + "Z9,01/06/2024,S,V2,N1,U1,PR1,,,,,,\r\n")), Set.of("2024-25/episodes.csv:3"));

        List<EpisodeRow> episodes = s.episodes().get("B1");
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0).end()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(episodes.get(0).reasonCeased()).isEqualTo("X1");
        assertThat(episodes.get(1).placement()).as("row 3 had an error and was skipped, so row 4 is the episode").isEqualTo("U5");
        assertThat(s.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("2024-25/episodes.csv");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("DEC");
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.REPAIR);
            assertThat(p.reason()).contains("still open", "01/08/2024", "X1");
        });
        assertThat(s.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.value()).isEqualTo("Z9");
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
        });
        assertThat(s.episodes()).doesNotContainKey("Z9");
    }

    @Test
    void twoRowsForOneEpisodeInAFileKeepTheLaterAndSayWhich() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(Y2024, Map.of(
                "header.csv", HEADER + "C1,2,01/05/2012,WBRI,,,\r\n",
                "episodes.csv", EPISODES + "C1,01/05/2024,S,C2,N1,U1,PR1,,,,,,\r\n" + "C1,01/05/2024,S,C2,N1,U3,PR1,,,,,,\r\n")), Set.of());

        assertThat(s.episodes().get("C1")).singleElement().extracting(EpisodeRow::placement).isEqualTo("U3");
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.reason()).contains("rows 2 and 3", "row 3 is kept");
        });
    }

    @Test
    void aLaterYearsMissingRowGivesTheReturnAndAChildWithoutEpisodesCannotHaveOne() {
        String missing = "CHILD,DOB,MISSING,MIS_START,MIS_END\r\n";
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(
                Y2023, Map.of("header.csv", HEADER + "D1,1,01/05/2010,WBRI,,,\r\nD2,1,01/05/2010,WBRI,,,\r\n",
                        "episodes.csv", EPISODES + "D1,01/05/2023,S,C2,N1,U1,PR1,,,,,,\r\n",
                        "missing.csv", missing + "D1,01/05/2010,M,30/03/2024,,\r\nD2,01/05/2010,A,01/06/2023,02/06/2023\r\n"),
                Y2024, Map.of("missing.csv", missing + "D1,01/05/2010,M,30/03/2024,02/04/2024\r\n")), Set.of());

        assertThat(s.missing()).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(LocalDate.of(2024, 3, 30));
            assertThat(m.end()).isEqualTo(LocalDate.of(2024, 4, 2));
        });
        assertThat(s.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("2023-24/missing.csv");
            assertThat(p.value()).isEqualTo("D2");
        });
        assertThat(s.problems()).as("D2's header row, not loaded, is named too").anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("2023-24/header.csv");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.WARNING);
        });
    }
}
