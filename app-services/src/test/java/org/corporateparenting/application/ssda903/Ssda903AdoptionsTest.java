package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.ssda903.Ssda903Stitch.AdoptedRow;
import org.corporateparenting.application.ssda903.Ssda903Stitch.PlacedRow;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.EpisodeDetails;
import org.junit.jupiter.api.Test;

/** Adoption journeys from 903 PlacedAdoption and AD1 rows, read with a synthetic child's episodes, without a database. */
class Ssda903AdoptionsTest {

    private final Child child = new Child(new Council("999", "Test council"), "A1", "Child", "A1", "1", LocalDate.of(2021, 3, 1), "WBRI");
    private final List<Episode> episodes = List.of(
            episode(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 9, 1), "S", "C2", "U4", "X1"),
            episode(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 1), "L", "E1", "U4", "X1"),
            episode(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 15), "P", "E1", "A6", "E11"));
    private final Map<String, List<AdoptionJourney>> journeys = new HashMap<>();

    private Episode episode(LocalDate start, LocalDate end, String rne, String ls, String place, String rec) {
        Episode e = new Episode(child, start, rne, ls, "N1", place);
        e.revise(new EpisodeDetails(start, end, rne, ls, "N1", place, "PR1", null, null, rec, null), null);
        return e;
    }

    private List<AdoptionJourney> load(Ssda903Adoptions loader, List<PlacedRow> placed, List<AdoptedRow> adopted) {
        return loader.apply(placed, adopted, Map.of("A1", child), Map.of("A1", episodes), journeys);
    }

    private static PlacedRow placed(LocalDate decided, LocalDate reversed, String reason) {
        return new PlacedRow("A1", decided, reversed, reason, "2024-25/placed_adoption.csv", 2);
    }

    private static final AdoptedRow ADOPTED = new AdoptedRow("A1", LocalDate.of(2024, 8, 1), LocalDate.of(2024, 11, 15), "0", "2", "MF",
            "L11", "2024-25/ad1.csv", 2);

    @Test
    void aJourneyStartedFromTheFilesTakesItsOrdersAndPlacementFromTheEpisodesAndALoadAgainChangesNothing() {
        Ssda903Adoptions first = new Ssda903Adoptions();
        List<AdoptionJourney> made = load(first, List.of(placed(LocalDate.of(2024, 8, 1), null, null)), List.of(ADOPTED));
        assertThat(made).hasSize(1);
        AdoptionJourney journey = made.get(0);
        assertThat(journey.getEnteredCare()).as("the period of care of the decision").isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(journey.milestones()).containsEntry(Milestone.SHOULD_BE_PLACED, LocalDate.of(2024, 8, 1))
                .containsEntry(Milestone.PLACEMENT_ORDER, LocalDate.of(2024, 9, 1))
                .containsEntry(Milestone.MATCHED, LocalDate.of(2024, 11, 15))
                .containsEntry(Milestone.PLACED, LocalDate.of(2024, 12, 1))
                .containsEntry(Milestone.ADOPTION_ORDER, LocalDate.of(2025, 3, 15));
        assertThat(journey.getAdoptersSex()).isEqualTo("MF");
        assertThat(journey.getAdoptersNumber()).isEqualTo(2);
        assertThat(journey.getFormerFosterCarers()).isFalse();
        assertThat(first.count()).isEqualTo(new ImportOutcome.Count(1, 0, 0));
        assertThat(first.problems()).isEmpty();

        Ssda903Adoptions again = new Ssda903Adoptions();
        assertThat(load(again, List.of(placed(LocalDate.of(2024, 8, 1), null, null)), List.of(ADOPTED))).isEmpty();
        assertThat(again.count()).as("one journey, found by both rows").isEqualTo(new ImportOutcome.Count(0, 0, 1));
    }

    @Test
    void aReversalIsRecordedWithItsReasonAndADecisionOutsideCareOrRecordedOtherwiseIsNamed() {
        load(new Ssda903Adoptions(), List.of(placed(LocalDate.of(2024, 8, 1), null, null)), List.of());
        Ssda903Adoptions later = new Ssda903Adoptions();
        load(later, List.of(placed(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 10, 1), "RD2"), placed(LocalDate.of(2023, 1, 1), null, null),
                placed(LocalDate.of(2024, 7, 1), null, null)), List.of());
        AdoptionJourney journey = journeys.get("A1").get(0);
        assertThat(journeys.get("A1")).hasSize(1);
        assertThat(journey.dateOf(Milestone.DECISION_REVERSED)).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(journey.getDecisionReversedReason()).isEqualTo("RD2");
        assertThat(later.count()).isEqualTo(new ImportOutcome.Count(0, 1, 0));
        assertThat(later.problems()).extracting(p -> p.severity() + " " + p.field() + " " + p.value()).containsExactly(
                "ERROR DATE_PLACED 01/01/2023", "WARNING DATE_PLACED 01/07/2024");
        assertThat(later.problems().get(1).reason()).contains("recorded here with the decision on 01/08/2024, which is kept");
        assertThat(new ArrayList<>(journeys.get("A1"))).hasSize(1);
    }

    @Test
    void aDecisionInAnotherPeriodOfCareThanTheJourneyHeldIsAnErrorNotASecondJourney() {
        List<Episode> twoPeriods = List.of(episode(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 6, 1), "S", "C2", "U4", "E13"),
                episode(LocalDate.of(2023, 5, 1), null, "S", "C2", "U4", null));
        Ssda903Adoptions loader = new Ssda903Adoptions();
        List<AdoptionJourney> made = loader.apply(List.of(placed(LocalDate.of(2022, 3, 1), null, null),
                new PlacedRow("A1", LocalDate.of(2024, 2, 1), null, null, "2024-25/placed_adoption.csv", 3)), List.of(),
                Map.of("A1", child), Map.of("A1", twoPeriods), journeys);

        assertThat(made).as("one journey for the child (the database holds one)").hasSize(1);
        assertThat(loader.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("DATE_PLACED");
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
            assertThat(p.reason()).contains("already has an adoption journey", "10/01/2022");
        });
    }

    @Test
    void anAcceptedAd1RowOfAChildPlacedWithConsentComesBackOnExportWithTheAdoptersFieldsNotAsAPlacedRowOnly() {
        // Placed for adoption with the parents' consent (s.19): no placement order (E1) in any episode, adopted (E12).
        List<Episode> consent = List.of(episode(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 10, 1), "S", "V2", "U4", "X1"),
                episode(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 2, 20), "P", "V2", "A4", "E12"));
        AdoptedRow row = new AdoptedRow("A1", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 20), "0", "1", "F1", "L0",
                "2024-25/ad1.csv", 2);
        Ssda903Adoptions loader = new Ssda903Adoptions();
        List<AdoptionJourney> made = loader.apply(List.of(placed(LocalDate.of(2024, 6, 1), null, null)), List.of(row),
                Map.of("A1", child), Map.of("A1", consent), journeys);

        assertThat(loader.problems()).isEmpty();
        assertThat(made).singleElement().satisfies(j -> assertThat(j.milestones())
                .containsEntry(Milestone.MATCHED, LocalDate.of(2024, 9, 20))
                .containsEntry(Milestone.ADOPTION_ORDER, LocalDate.of(2025, 2, 20)));
        Map<Ssda903File, String> written = Ssda903Writer.write(new Ssda903Records(List.of(child), consent, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), made, List.of(), List.of()), new CollectionYear(2024));
        assertThat(written.get(Ssda903File.AD1)).as("the AD1 row as loaded").isEqualTo(
                "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n"
                + "A1,01/03/2021,01/06/2024,20/09/2024,0,1,F1,L0\r\n");
    }

    @Test
    void anAd1RowOfAChildWhoseEpisodesShowNoAdoptionInTheYearIsAnErrorOnItsRowNamingRule602AndMakesNoJourney() {
        List<Episode> stillInCare = List.of(episode(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 9, 1), "S", "C2", "U4", "X1"),
                episode(LocalDate.of(2024, 9, 1), null, "L", "E1", "A6", null));
        List<Episode> adoptedTheYearBefore = List.of(episode(LocalDate.of(2022, 5, 1), LocalDate.of(2024, 3, 1), "S", "E1", "A6", "E11"));
        AdoptedRow row = new AdoptedRow("A1", LocalDate.of(2024, 8, 1), LocalDate.of(2024, 11, 15), "0", "2", "MF", "L11",
                "2024-25/ad1.csv", 3);
        AdoptedRow early = new AdoptedRow("A1", LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 15), "0", "2", "MF", "L11",
                "2024-25/ad1.csv", 4);
        Ssda903Adoptions loader = new Ssda903Adoptions();
        assertThat(loader.apply(List.of(), List.of(row), Map.of("A1", child), Map.of("A1", stillInCare), journeys)).isEmpty();
        assertThat(new Ssda903Adoptions().apply(List.of(), List.of(early), Map.of("A1", child), Map.of("A1", adoptedTheYearBefore),
                new HashMap<>())).as("adopted in 2023-24, not in the AD1 file's year").isEmpty();

        assertThat(journeys).as("no journey is started from the row").allSatisfy((c, list) -> assertThat(list).isEmpty());
        assertThat(loader.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("2024-25/ad1.csv");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("CHILD");
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
            assertThat(p.reason()).contains("rule 602", "2024-25", "E11 or E12");
        });
    }
}
