package org.corporateparenting.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

class EpisodeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate D = LocalDate.of(2024, 5, 1);
    private final Council council = new Council("999", "Test (fictional)");
    private final Child child = new Child(council, "R1", "Test", "Child", "2", LocalDate.of(2015, 2, 3), "WBRI");

    private static EpisodeDetails details(LocalDate start, LocalDate end, String rne, String place, String rec) {
        return new EpisodeDetails(start, end, rne, "C2", "N1", place, "PR1", null, null, rec, null);
    }

    private Episode stored(LocalDate start, LocalDate end, String rec) {
        Episode episode = new Episode(child, start, "S", "C2", "N1", "U5");
        if (end != null) {
            episode.end(end, rec, null);
        }
        return episode;
    }

    private List<FieldError> check(EpisodeDetails d, List<Episode> others) {
        return EpisodeRules.check(child, d, others, null, TODAY);
    }

    @Test
    void aFirstEpisodeWithValidCodesPasses() {
        assertThat(check(details(D, null, "S", "U5", null), List.of())).isEmpty();
        assertThat(check(details(D, D.plusDays(10), "S", "U5", "E13"), List.of())).isEmpty();
    }

    @Test
    void datesMustBeInOrderNotInTheFutureAndNotBeforeBirth() {
        assertThat(check(details(TODAY.plusDays(1), null, "S", "U5", null), List.of()))
                .containsExactly(new FieldError("startDate", "Start date 01/07/2025 is in the future."));
        assertThat(check(details(D, D.minusDays(1), "S", "U5", "E13"), List.of()))
                .containsExactly(new FieldError("endDate", "End date 30/04/2024 is before the start date 01/05/2024."));
        assertThat(check(details(LocalDate.of(2015, 2, 2), null, "S", "U5", null), List.of()))
                .extracting(FieldError::field).containsExactly("startDate");
        assertThat(check(details(D, null, "S", "U5", "E13"), List.of())).extracting(FieldError::field)
                .containsExactly("reasonCeased");
    }

    @Test
    void codesMustBeValidInTheCollectionYearOfTheStart() {
        assertThat(check(details(LocalDate.of(2024, 3, 31), null, "S", "H5", null), List.of())).isEmpty();
        assertThat(check(details(LocalDate.of(2024, 4, 1), null, "S", "H5", null), List.of()))
                .containsExactly(new FieldError("placementType",
                        "placement type code H5 was withdrawn after 2023-24, so it is not valid in 2024-25."));
        assertThat(check(details(D, D.plusDays(3), "S", "U5", "E99"), List.of())).extracting(FieldError::field)
                .containsExactly("reasonCeased");
        assertThat(check(details(D, null, null, "U5", null), List.of()))
                .containsExactly(new FieldError("reasonNew", "Choose a reason for new episode (RNE)."));
    }

    @Test
    void episodesOfOneChildMayNotOverlap() {
        List<Episode> others = List.of(stored(D, D.plusDays(30), "E13"));
        assertThat(check(details(D.plusDays(10), D.plusDays(40), "S", "U5", "E13"), others))
                .contains(new FieldError("startDate", "Overlaps the child's episode from 01/05/2024 to 31/05/2024."));
        assertThat(check(details(D.minusDays(10), null, "S", "U5", null), others)).extracting(FieldError::field)
                .contains("startDate");
        assertThat(check(details(D.plusDays(31), null, "S", "U5", null), others)).isEmpty();
    }

    @Test
    void anEpisodeStartingWhenAnotherEndsContinuesThePeriodOfCare() {
        List<Episode> ceasedX1 = List.of(stored(D, D.plusDays(30), "X1"));
        assertThat(check(details(D.plusDays(30), null, "P", "U4", null), ceasedX1)).isEmpty();
        assertThat(check(details(D.plusDays(30), null, "S", "U4", null), ceasedX1)).extracting(FieldError::field)
                .containsExactly("reasonNew");
        assertThat(check(details(D.plusDays(31), null, "P", "U4", null), ceasedX1)).extracting(FieldError::message)
                .containsExactly("No episode ends on 01/06/2024, so this one starts a period of care: the reason for new episode must be S.");
        List<Episode> ceasedHome = List.of(stored(D, D.plusDays(30), "E13"));
        assertThat(check(details(D.plusDays(30), null, "P", "U4", null), ceasedHome)).extracting(FieldError::message)
                .containsExactly("The episode ending on 31/05/2024 ceased with E13: change it to X1 before adding an episode that follows on.");
    }

    @Test
    void aHouseholdMustBeApprovedOnTheStartAndOnlyForFostering() {
        FosterHousehold household = new FosterHousehold(council, "H7", "Test household", HouseholdType.MAINSTREAM,
                D.plusDays(5));
        assertThat(EpisodeRules.check(child, new EpisodeDetails(D, null, "S", "C2", "N1", "U5", "PR1", null, 1L, null, null),
                List.of(), household, TODAY))
                .containsExactly(new FieldError("householdId", "Household H7 was not approved on 01/05/2024."));
        assertThat(EpisodeRules.check(child, new EpisodeDetails(D.plusDays(5), null, "S", "C2", "N1", "U5", "PR1", null, 1L,
                null, null), List.of(), household, TODAY)).isEmpty();
        assertThat(EpisodeRules.check(child, new EpisodeDetails(D.plusDays(5), null, "S", "C2", "N1", "K2", "PR1", null, 1L,
                null, null), List.of(), household, TODAY)).extracting(FieldError::field).containsExactly("householdId");
    }

    @Test
    void periodsOfCareJoinEpisodesThatFollowOnTheSameDay() {
        List<Episode> episodes = List.of(stored(D.plusDays(100), null, null), stored(D, D.plusDays(30), "X1"),
                stored(D.plusDays(30), D.plusDays(60), "E13"));
        assertThat(PeriodOfCare.of(episodes)).containsExactly(
                new PeriodOfCare(D, D.plusDays(60), 2), new PeriodOfCare(D.plusDays(100), null, 1));
        assertThat(PeriodOfCare.of(List.of())).isEmpty();
    }
}
