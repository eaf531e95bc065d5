package org.corporateparenting.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.junit.jupiter.api.Test;

class EpisodeTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    private final Child child = new Child(new Council("999", "Test (fictional)"), "T1", "Test", "Child", "1",
            LocalDate.of(2014, 4, 30), "WBRI");

    @Test
    void isOpenFromItsStartUntilTheDayBeforeItsEnd() {
        Episode episode = new Episode(child, START, "S", "C2", "N1", "U4");
        assertThat(episode.isOpenOn(START.minusDays(1))).isFalse();
        assertThat(episode.isOpenOn(START)).isTrue();
        episode.end(START.plusDays(3), "E13", null);
        assertThat(episode.isOpenOn(START.plusDays(2))).isTrue();
        assertThat(episode.isOpenOn(START.plusDays(3))).isFalse();
        assertThat(episode.isOpen()).isFalse();
    }

    @Test
    void cannotEndBeforeItStarts() {
        Episode episode = new Episode(child, START, "S", "C2", "N1", "U4");
        assertThatThrownBy(() -> episode.end(START.minusDays(1), "E13", null))
                .hasMessage("Episode end date cannot be before its start date.");
        assertThat(episode.isOpen()).isTrue();
    }

    @Test
    void aChildsAgeChangesOnTheBirthdayItself() {
        assertThat(child.ageOn(LocalDate.of(2025, 4, 29))).isEqualTo(10);
        assertThat(child.ageOn(LocalDate.of(2025, 4, 30))).isEqualTo(11);
    }

    @Test
    void aHouseholdIsApprovedFromApprovalUntilDeregistration() {
        FosterHousehold household = new FosterHousehold(child.getCouncil(), "H1", "Test household",
                HouseholdType.MAINSTREAM, START);
        household.deregister(START.plusYears(1), DeregistrationReason.RESIGNED_RETIREMENT);
        assertThat(household.isApprovedOn(START.minusDays(1))).isFalse();
        assertThat(household.isApprovedOn(START)).isTrue();
        assertThat(household.isApprovedOn(START.plusYears(1).minusDays(1))).isTrue();
        assertThat(household.isApprovedOn(START.plusYears(1))).isFalse();
        assertThatThrownBy(() -> household.deregister(START.minusDays(1), DeregistrationReason.OTHER))
                .hasMessage("Deregistration date cannot be before the approval date.");
    }
}
