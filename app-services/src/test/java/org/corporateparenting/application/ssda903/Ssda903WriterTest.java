package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.demo.DemoCouncil;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.PreviousPermanence;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.junit.jupiter.api.Test;

class Ssda903WriterTest {

    private static final CollectionYear YEAR = new CollectionYear(2023);
    private final Council council = new Council("999", "Test (fictional)");
    private final Child amy = new Child(council, "C2", "Amy", "Ashdown", "2", LocalDate.of(2010, 5, 6), "WBRI");
    private final Child ben = new Child(council, "C1", "Ben", "Brackley", "1", LocalDate.of(2012, 1, 2), "MWBC");
    private final Child cal = new Child(council, "C3", "Cal", "Carrow", "1", LocalDate.of(2008, 9, 9), "BAFR");

    private Episode episode(Child child, LocalDate start, LocalDate end, String rec) {
        Episode episode = new Episode(child, start, "S", "C2", "N1", "U4");
        episode.placeWith("PR1", "KV1 1AA", null);
        if (end != null) {
            episode.end(end, rec, null);
        }
        return episode;
    }

    @Test
    void writesTheYearsRecordsInTheDfeLayout() {
        List<Episode> episodes = List.of(
                episode(amy, LocalDate.of(2022, 6, 1), LocalDate.of(2024, 5, 1), "E13"),
                episode(ben, LocalDate.of(2023, 4, 1), LocalDate.of(2023, 10, 31), "E13"),
                episode(cal, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 3, 31), "E13"));
        Map<Ssda903File, String> files = Ssda903Writer.write(new Ssda903Records(List.of(amy, ben, cal), episodes,
                List.of(new UascPeriod(ben, LocalDate.of(2023, 4, 1), null)),
                List.of(new LookedAfterReview(ben, LocalDate.of(2023, 4, 1), 1, LocalDate.of(2023, 4, 28),
                        LocalDate.of(2023, 4, 25), "PN1", "iro")),
                List.of(), List.of(new MissingEpisode(amy, MissingEpisode.Kind.ABSENT, LocalDate.of(2023, 7, 1), null)), List.of(),
                List.of(), List.of(), List.of(), List.of()), YEAR);

        assertThat(files.get(Ssda903File.HEADER)).isEqualTo("""
                CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r
                C1,1,02/01/2012,MWBC,,,\r
                C2,2,06/05/2010,WBRI,,,\r
                """);
        assertThat(files.get(Ssda903File.EPISODES)).isEqualTo("""
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r
                C1,01/04/2023,S,C2,N1,U4,PR1,31/10/2023,E13,,,KV1 1AA,\r
                C2,01/06/2022,S,C2,N1,U4,PR1,,,,,KV1 1AA,\r
                """);
        assertThat(files.get(Ssda903File.UASC)).isEqualTo("CHILD,SEX,DOB,DUC\r\nC1,1,02/01/2012,\r\n");
        assertThat(files.get(Ssda903File.REVIEWS)).isEqualTo("CHILD,DOB,REVIEW,REVIEW_CODE\r\nC1,02/01/2012,25/04/2023,PN1\r\n");
        assertThat(files.get(Ssda903File.MISSING)).isEqualTo("CHILD,DOB,MISSING,MIS_START,MIS_END\r\nC2,06/05/2010,A,01/07/2023,\r\n");
        assertThat(files.get(Ssda903File.OC3)).isEqualTo("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n");
    }

    @Test
    void aChildStillMissingAtTheYearEndIsWrittenWithoutAnEndDateAndAgainTheNextYear() {
        MissingEpisode overTheYearEnd = new MissingEpisode(amy, MissingEpisode.Kind.MISSING, LocalDate.of(2024, 3, 30), null);
        overTheYearEnd.recordReturn(LocalDate.of(2024, 4, 2), null, null);
        MissingEpisode withinTheYear = new MissingEpisode(amy, MissingEpisode.Kind.MISSING, LocalDate.of(2023, 8, 1), null);
        withinTheYear.recordReturn(LocalDate.of(2023, 8, 3), null, null);
        Map<Ssda903File, String> files = Ssda903Writer.write(new Ssda903Records(List.of(amy),
                List.of(episode(amy, LocalDate.of(2022, 6, 1), null, null)), List.of(), List.of(), List.of(),
                List.of(overTheYearEnd, withinTheYear), List.of(), List.of(), List.of(), List.of(), List.of()), YEAR);
        assertThat(files.get(Ssda903File.MISSING)).isEqualTo("CHILD,DOB,MISSING,MIS_START,MIS_END\r\n"
                + "C2,06/05/2010,M,01/08/2023,03/08/2023\r\nC2,06/05/2010,M,30/03/2024,\r\n");
        Map<Ssda903File, String> next = Ssda903Writer.write(new Ssda903Records(List.of(amy),
                List.of(episode(amy, LocalDate.of(2022, 6, 1), null, null)), List.of(), List.of(), List.of(),
                List.of(overTheYearEnd, withinTheYear), List.of(), List.of(), List.of(), List.of(), List.of()),
                new CollectionYear(2024));
        assertThat(next.get(Ssda903File.MISSING)).as("given again the next year, rule 576")
                .isEqualTo("CHILD,DOB,MISSING,MIS_START,MIS_END\r\nC2,06/05/2010,M,30/03/2024,02/04/2024\r\n");
    }

    @Test
    void careLeaversAppearThroughTheirBirthdayChecks() {
        CareLeaver leaver = new CareLeaver(cal, Eligibility.FORMER_RELEVANT, LocalDate.of(2026, 9, 9));
        Map<Ssda903File, String> files = Ssda903Writer.write(new Ssda903Records(List.of(cal), List.of(), List.of(), List.of(),
                List.of(new BirthdayCheck(leaver, 19, LocalDate.of(2027, 9, 9), "YES", "F5", "U1")), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()),
                new CollectionYear(2027));
        assertThat(files.get(Ssda903File.OC3)).endsWith("C3,09/09/2008,YES,F5,U1\r\n");
        assertThat(files.get(Ssda903File.HEADER)).contains("C3,M,09/09/2008,BAFR");
    }

    @Test
    void oc2AdoptionPermanenceAndSocialWorkersFollowTheRecordsAndTheBoardsHealthRules() {
        Episode amys = episode(amy, LocalDate.of(2022, 6, 1), null, null);
        Episode bens = episode(ben, LocalDate.of(2023, 4, 1), LocalDate.of(2024, 2, 1), "E11");
        List<Object> health = List.of(new HealthAssessment(amy, HealthAssessment.Kind.REVIEW, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 5, 20)),
                new HealthCheck(amy, HealthCheck.Kind.DENTAL, LocalDate.of(2023, 3, 30), null, null),
                new HealthCheck(amy, HealthCheck.Kind.IMMUNISATION, LocalDate.of(2023, 9, 1), true, null),
                new HealthCheck(amy, HealthCheck.Kind.SDQ, LocalDate.of(2023, 11, 1), null, 14));
        AdoptionJourney adopted = new AdoptionJourney(ben, LocalDate.of(2023, 4, 1));
        adopted.reach(Milestone.SHOULD_BE_PLACED, LocalDate.of(2023, 5, 1), null);
        adopted.reach(Milestone.MATCHED, LocalDate.of(2023, 9, 1), null);
        adopted.reach(Milestone.ADOPTION_ORDER, LocalDate.of(2024, 2, 1), null);
        adopted.describeAdopters(false, 2, "MF", "L11");
        Map<Ssda903File, String> files = Ssda903Writer.write(new Ssda903Records(List.of(amy, ben), List.of(amys, bens), List.of(), List.of(),
                List.of(), List.of(), health, List.of(), List.of(adopted),
                List.of(new PreviousPermanence(ben, "P2", null, "zz/zz/2019"), new PreviousPermanence(amy, "Z1", null, null)),
                List.of(new SocialWorkerEpisode(amy, "SW1", LocalDate.of(2022, 6, 1), LocalDate.of(2023, 8, 1), null),
                        new SocialWorkerEpisode(amy, "SW2", LocalDate.of(2023, 8, 1), null, "LEFTRL"))), YEAR);

        assertThat(files.get(Ssda903File.OC2)).as("Amy: in care since June 2022; the dental check is more than 12 months before 31 March")
                .isEqualTo("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,"
                        + "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\r\nC2,06/05/2010,14,,,,1,0,1,,,\r\n");
        assertThat(files.get(Ssda903File.PLACED_ADOPTION)).isEqualTo("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\r\n"
                + "C1,02/01/2012,01/05/2023,,\r\n");
        assertThat(files.get(Ssda903File.AD1)).isEqualTo("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n"
                + "C1,02/01/2012,01/05/2023,01/09/2023,0,2,MF,L11\r\n");
        assertThat(files.get(Ssda903File.PREVIOUS_PERMANENCE)).as("only Ben started to be looked after in the year")
                .isEqualTo("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\nC1,02/01/2012,P2,,zz/zz/2019\r\n");
        assertThat(files.get(Ssda903File.SOCIAL_WORKERS)).isEqualTo("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\n"
                + "C2,06/05/2010,SW1,01/06/2022,01/08/2023,\r\nC2,06/05/2010,SW2,01/08/2023,,LEFTRL\r\n");
        assertThat(Ssda903Writer.write(new Ssda903Records(List.of(amy), List.of(amys), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of()), new CollectionYear(2022))).as("collected from 2023-24")
                .doesNotContainKey(Ssda903File.SOCIAL_WORKERS);
    }

    @Test
    void theDemoCouncilsReturnIsTheSameEveryTime() {
        DemoCouncil demo = DemoCouncilGenerator.generate(council,
                new DemoCouncilGenerator.Settings(5, 200, 6, LocalDate.of(2026, 10, 31)));
        Ssda903Records records = Ssda903Export.recordsOf(demo);
        Map<Ssda903File, String> first = Ssda903Writer.write(records, new CollectionYear(2025));
        assertThat(Ssda903Writer.write(records, new CollectionYear(2025))).isEqualTo(first);
        long headerRows = first.get(Ssda903File.HEADER).lines().count() - 1;
        assertThat(headerRows).isGreaterThan(50);
        assertThat(first.get(Ssda903File.EPISODES).lines().skip(1))
                .allSatisfy(line -> assertThat(line).matches("D\\d{6},\\d{2}/\\d{2}/\\d{4},[SLPTUB],.*"));
    }
}
