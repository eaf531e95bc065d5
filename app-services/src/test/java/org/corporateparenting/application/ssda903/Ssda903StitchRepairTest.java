package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.application.ssda903.Ssda903Stitch.EpisodeRow;
import org.corporateparenting.domain.code.CollectionYear;
import org.junit.jupiter.api.Test;

/**
 * The stitching repair rules on hand-made files of several years (synthetic children), each repair named on its row, and
 * the rows the load cannot use named rather than dropped in silence.
 */
class Ssda903StitchRepairTest {

    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n";
    private static final CollectionYear Y2017 = new CollectionYear(2017);
    private static final CollectionYear Y2018 = new CollectionYear(2018);
    private static final CollectionYear Y2019 = new CollectionYear(2019);

    private static List<ImportProblem> repairs(Ssda903Stitch.Stitched s, String file) {
        return s.problems().stream().filter(p -> p.file().equals(file)).toList();
    }

    @Test
    void aStaleOpenRowFromAnEarlierYearIsDroppedNotKeptBesideTheLaterFilesEpisode() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(
                Y2017, Map.of("header.csv", HEADER + "S1,1,01/05/2010,WBRI,,,\r\n",
                        "episodes.csv", EPISODES + "S1,01/06/2017,S,C2,N1,U1,PR1,,,,,,\r\n"),
                Y2018, Map.of("header.csv", HEADER + "S1,1,01/05/2010,WBRI,,,\r\n",
                        "episodes.csv", EPISODES + "S1,20/05/2017,S,C2,N1,U1,PR1,10/09/2017,E2,,,,\r\n")), Set.of());

        assertThat(s.episodes().get("S1")).as("the child who died in 2017 is not looked after today").singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(LocalDate.of(2017, 5, 20));
            assertThat(e.end()).isEqualTo(LocalDate.of(2017, 9, 10));
            assertThat(e.reasonCeased()).isEqualTo("E2");
        });
        assertThat(repairs(s, "2017-18/episodes.csv")).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.REPAIR);
            assertThat(p.reason()).contains("not in the 2018-19 file", "20/05/2017", "not loaded");
        });
    }

    @Test
    void anOpenEpisodeTheLaterFilesNoLongerListEndsAtTheYearEndForTheAnalystToConfirm() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(
                Y2017, Map.of("header.csv", HEADER + "U1,1,01/05/2010,WBRI,,,\r\nU2,1,01/05/2010,WBRI,,,\r\n",
                        "episodes.csv", EPISODES + "U1,01/06/2017,S,C2,N1,U1,PR1,,,,,,\r\nU2,01/06/2017,S,C2,N1,U1,PR1,,,,,,\r\n"),
                Y2018, Map.of("episodes.csv", EPISODES + "U2,01/06/2017,S,C2,N1,U1,PR1,,,,,,\r\n")), Set.of());

        assertThat(s.episodes().get("U1")).singleElement().satisfies(e -> {
            assertThat(e.end()).isEqualTo(LocalDate.of(2018, 3, 31));
            assertThat(e.reasonCeased()).isEqualTo("E8");
        });
        assertThat(s.episodes().get("U2")).as("listed again in 2018-19, so still open").singleElement()
                .satisfies(e -> assertThat(e.end()).isNull());
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("2017-18/episodes.csv");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("DEC");
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.REPAIR);
            assertThat(p.reason()).contains("do not list it", "31/03/2018", "E8", "confirm");
        });
    }

    @Test
    void anEpisodeListedInALaterRowLeftOutForItsErrorsIsNotEnded() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(
                Y2017, Map.of("header.csv", HEADER + "U3,1,01/05/2010,WBRI,,,\r\n",
                        "episodes.csv", EPISODES + "U3,01/06/2017,S,C2,N1,U1,PR1,,,,,,\r\n"),
                Y2018, Map.of("episodes.csv", EPISODES + "U3,01/06/2017,S,V9,N1,U1,PR1,,,,,,\r\n")), Set.of("2018-19/episodes.csv:2"));

        assertThat(s.episodes().get("U3")).singleElement().satisfies(e -> assertThat(e.end()).isNull());
    }

    @Test
    void aReEntryIntoCareIsANewPeriodAndTheOpenEpisodeEndsTheDayBefore() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(Y2018, Map.of(
                "header.csv", HEADER + "R1,2,01/05/2010,WBRI,,,\r\n",
                "episodes.csv", EPISODES + "R1,01/05/2018,S,C2,N1,U1,PR1,,,,,,\r\nR1,01/11/2018,S,V2,N1,U1,PR1,,,,,,\r\n")), Set.of());

        List<EpisodeRow> episodes = s.episodes().get("R1");
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0).end()).isEqualTo(LocalDate.of(2018, 10, 31));
        assertThat(episodes.get(0).reasonCeased()).as("not X1: the next is a new period of care").isEqualTo("E8");
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.REPAIR);
            assertThat(p.reason()).contains("new period of care (RNE S)", "31/10/2018", "E8");
        });
    }

    @Test
    void aGapAfterX1BeforeTheSamePeriodsNextEpisodeIsClosedAndBeforeANewPeriodIsNamed() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(Y2018, Map.of(
                "header.csv", HEADER + "G1,2,01/05/2010,WBRI,,,\r\nG2,2,01/05/2010,WBRI,,,\r\n",
                "episodes.csv", EPISODES + "G1,01/05/2018,S,C2,N1,U1,PR1,01/08/2018,X1,,,,\r\nG1,15/08/2018,P,C2,N1,U4,PR1,,,CARPL,,,\r\n"
                        + "G2,01/05/2018,S,C2,N1,U1,PR1,01/08/2018,X1,,,,\r\nG2,15/08/2018,S,C2,N1,U4,PR1,,,,,,\r\n")), Set.of());

        assertThat(s.episodes().get("G1").get(0).end()).isEqualTo(LocalDate.of(2018, 8, 15));
        assertThat(s.episodes().get("G2").get(0).end()).isEqualTo(LocalDate.of(2018, 8, 1));
        assertThat(s.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.REPAIR);
            assertThat(p.reason()).contains("only on 15/08/2018", "same period of care");
        }).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("REC");
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.WARNING);
        }).hasSize(2);
    }

    @Test
    void headerAndUascRowsOfAChildWithNoEpisodeAndDuplicateReviewsAreNamedNotDroppedInSilence() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(Y2019, Map.of(
                "header.csv", HEADER + "H1,1,01/05/2010,WBRI,,,\r\nH2,1,01/05/2010,WBRI,,,\r\n",
                "episodes.csv", EPISODES + "H1,01/05/2019,S,C2,N1,U1,PR1,,,,,,\r\n",
                "uasc.csv", "CHILD,SEX,DOB,DUC\r\nH2,1,01/05/2010,\r\n",
                "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\nH1,01/05/2010,20/05/2019,PN1\r\nH1,01/05/2010,20/05/2019,PN2\r\n")),
                Set.of());

        assertThat(s.reviews()).singleElement().satisfies(r -> assertThat(r.participation()).isEqualTo("PN2"));
        assertThat(s.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(ImportProblem.Severity.WARNING)).hasSize(3)
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("2019-20/header.csv");
                    assertThat(p.row()).isEqualTo(3);
                    assertThat(p.reason()).contains("no episode", "header row is not loaded");
                }).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("2019-20/uasc.csv");
                    assertThat(p.row()).isEqualTo(2);
                }).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("2019-20/reviews.csv");
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.reason()).contains("Row 3 is the same review", "not loaded");
                });
    }

    @Test
    void aPostcodeOrUpnTooLongToHoldIsAnErrorOnItsRowAndTheRowIsLeftOut() {
        Ssda903Stitch.Stitched s = Ssda903Stitch.stitch(Map.of(Y2019, Map.of(
                "header.csv", HEADER + "P1,1,01/05/2010,WBRI,,,\r\nP2,1,01/05/2010,WBRI,A12345678901234,,\r\n",
                "episodes.csv", EPISODES + "P1,01/05/2019,S,C2,N1,U1,PR1,,,,AB12 3CDEF,,\r\n")), Set.of());

        assertThat(s.episodes()).isEmpty();
        assertThat(s.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("2019-20/episodes.csv");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("HOME_POST");
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
            assertThat(p.reason()).contains("at most 8");
        }).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("2019-20/header.csv");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("UPN");
        });
    }
}
