package org.corporateparenting.domain.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

class AdoptionJourneyRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    private static final LocalDate ENTERED = LocalDate.of(2024, 1, 15);
    private final Council council = new Council("999", "Test (fictional)");
    private final AdoptionJourney journey = new AdoptionJourney(
            new Child(council, "A1", "Test", "Baby", "2", LocalDate.of(2023, 12, 1), "WBRI"), ENTERED);
    private final AdopterHousehold adopters = new AdopterHousehold(council, "AD1", LocalDate.of(2023, 1, 1));

    private FieldError reach(Milestone milestone, LocalDate on) {
        FieldError error = AdoptionJourneyRules.check(journey, milestone, on, adopters, TODAY);
        if (error == null) {
            journey.reach(milestone, on, adopters);
        }
        return error;
    }

    @Test
    void milestonesComeInOrderAndTimelinessFollowsTheScorecard() {
        adopters.enter(AdopterHousehold.Stage.APPROVED, LocalDate.of(2024, 3, 1));
        assertThat(reach(Milestone.PLACEMENT_ORDER, LocalDate.of(2024, 5, 1)))
                .isEqualTo(new FieldError("milestone", "Record SHOULD_BE_PLACED before PLACEMENT_ORDER."));
        assertThat(reach(Milestone.SHOULD_BE_PLACED, LocalDate.of(2024, 4, 1))).isNull();
        assertThat(reach(Milestone.PLACEMENT_ORDER, LocalDate.of(2024, 3, 31))).extracting(FieldError::field).isEqualTo("date");
        assertThat(reach(Milestone.PLACEMENT_ORDER, LocalDate.of(2024, 6, 1))).isNull();
        assertThat(reach(Milestone.MATCHED, LocalDate.of(2024, 9, 1))).isNull();
        assertThat(reach(Milestone.PLACED, LocalDate.of(2024, 9, 20))).isNull();
        assertThat(reach(Milestone.ADOPTION_ORDER, LocalDate.of(2024, 11, 1)))
                .isEqualTo(new FieldError("date", "An adoption order comes at least 10 weeks after the placement on 20/09/2024."));
        assertThat(reach(Milestone.ADOPTION_ORDER, LocalDate.of(2025, 2, 3))).isNull();
        assertThat(journey.daysToMovingIn()).isEqualTo(249);
        assertThat(journey.daysOrderToMatch()).isEqualTo(92);
        assertThat(reach(Milestone.ADOPTION_ORDER, LocalDate.of(2025, 3, 3))).extracting(FieldError::field).isEqualTo("milestone");
    }

    @Test
    void aMatchNeedsApprovedAdoptersAndARevokedOrderEndsTheJourney() {
        reach(Milestone.SHOULD_BE_PLACED, LocalDate.of(2024, 4, 1));
        reach(Milestone.PLACEMENT_ORDER, LocalDate.of(2024, 6, 1));
        assertThat(reach(Milestone.MATCHED, LocalDate.of(2024, 9, 1))).extracting(FieldError::field)
                .isEqualTo("adopterHouseholdId");
        assertThat(reach(Milestone.PLACEMENT_ORDER_REVOKED, LocalDate.of(2024, 10, 1))).isNull();
        assertThat(reach(Milestone.MATCHED, LocalDate.of(2024, 11, 1)))
                .isEqualTo(new FieldError("milestone", "The journey has ended (placement order revoked, disrupted or decision reversed)."));
    }

    @Test
    void aReversedDecisionFollowsTheDecisionAndEndsTheJourneySoTheChildNoLongerWaits() {
        assertThat(reach(Milestone.DECISION_REVERSED, LocalDate.of(2024, 5, 1))).extracting(FieldError::message)
                .isEqualTo("Record SHOULD_BE_PLACED before DECISION_REVERSED.");
        reach(Milestone.SHOULD_BE_PLACED, LocalDate.of(2024, 4, 1));
        reach(Milestone.PLACEMENT_ORDER, LocalDate.of(2024, 6, 1));
        assertThat(journey.waitingForMatchOn(LocalDate.of(2024, 9, 30))).isTrue();
        assertThat(reach(Milestone.DECISION_REVERSED, LocalDate.of(2024, 10, 1))).isNull();
        assertThat(journey.waitingForMatchOn(LocalDate.of(2024, 9, 30))).as("the day before").isTrue();
        assertThat(journey.waitingForMatchOn(LocalDate.of(2024, 10, 1))).isFalse();
        assertThat(journey.endedWithoutAdoptionBy(LocalDate.of(2024, 10, 1))).isTrue();
        assertThat(reach(Milestone.MATCHED, LocalDate.of(2024, 11, 1))).extracting(FieldError::field).isEqualTo("milestone");
    }

    @Test
    void earlyPermanenceCountsAsMovingIn() {
        reach(Milestone.SHOULD_BE_PLACED, LocalDate.of(2024, 2, 1));
        assertThat(reach(Milestone.EARLY_PERMANENCE, LocalDate.of(2024, 2, 10))).isNull();
        assertThat(journey.daysToMovingIn()).isEqualTo(26);
        assertThat(reach(Milestone.SHOULD_BE_PLACED, TODAY.plusDays(1))).extracting(FieldError::field).isEqualTo("date");
    }

    @Test
    void adoptersMoveThroughTheStagesByDate() {
        adopters.enter(AdopterHousehold.Stage.STAGE_ONE, LocalDate.of(2023, 2, 1));
        adopters.enter(AdopterHousehold.Stage.STAGE_TWO, LocalDate.of(2023, 4, 1));
        adopters.enter(AdopterHousehold.Stage.APPROVED, LocalDate.of(2023, 8, 1));
        assertThat(adopters.stageOn(LocalDate.of(2023, 1, 15))).isEqualTo(AdopterHousehold.Stage.ENQUIRY);
        assertThat(adopters.stageOn(LocalDate.of(2023, 5, 1))).isEqualTo(AdopterHousehold.Stage.STAGE_TWO);
        assertThat(adopters.isApprovedOn(LocalDate.of(2023, 8, 1))).isTrue();
    }
}
