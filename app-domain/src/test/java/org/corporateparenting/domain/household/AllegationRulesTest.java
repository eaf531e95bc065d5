package org.corporateparenting.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

class AllegationRulesTest {

    private static final LocalDate REFERRED = LocalDate.of(2025, 6, 1);
    private final FosterHousehold household = new FosterHousehold(new Council("999", "Test (fictional)"), "H1", "Test",
            HouseholdType.MAINSTREAM, LocalDate.of(2020, 1, 1));

    @Test
    void aChildNotPlacedThereOnTheDayOfTheIncidentIsRefused() {
        assertThat(AllegationRules.check(household, 7L, REFERRED.minusDays(4), REFERRED, false)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("childId");
            assertThat(e.message()).contains("not placed with household H1", "28/05/2025");
        });
        assertThat(AllegationRules.check(household, 7L, REFERRED.minusDays(4), REFERRED, true)).isEmpty();
    }

    @Test
    void anAllegationAboutAChildNotInOurCareNamesNoChildAndIsAccepted() {
        assertThat(AllegationRules.check(household, null, REFERRED, REFERRED, false)).isEmpty();
    }

    @Test
    void theIncidentCannotFollowTheReferral() {
        assertThat(AllegationRules.check(household, null, REFERRED.plusDays(1), REFERRED, false)).extracting(FieldError::field)
                .containsExactly("incidentDate");
    }
}
