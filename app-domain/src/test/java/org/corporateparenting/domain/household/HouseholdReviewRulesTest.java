package org.corporateparenting.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.corporateparenting.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

class HouseholdReviewRulesTest {

    private static final LocalDate LAST = LocalDate.of(2025, 3, 1);

    @Test
    void aReviewFortyDaysAfterTheLastNeedsConfirmingAndNamesTheRule() {
        assertThat(HouseholdReviewRules.check(LAST, LAST.plusDays(40), false)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("heldOn");
            assertThat(e.message()).contains("40 days before", "reg. 28(2)", "confirm");
        });
        assertThat(HouseholdReviewRules.check(LAST, LAST.plusDays(40), true)).isEmpty();
        assertThat(HouseholdReviewRules.isEarly(LAST, LAST.plusDays(40))).isTrue();
    }

    @Test
    void anAnnualReviewTenMonthsOrMoreAfterTheLastNeedsNoConfirmation() {
        assertThat(HouseholdReviewRules.check(LAST, LAST.plusMonths(10), false)).isEmpty();
        assertThat(HouseholdReviewRules.check(LAST, LAST.plusMonths(10).minusDays(1), false)).hasSize(1);
        assertThat(HouseholdReviewRules.check(null, LAST, false)).as("the first review").isEmpty();
    }

    @Test
    void aReviewOnOrBeforeTheLastIsRefusedEvenConfirmed() {
        assertThat(HouseholdReviewRules.check(LAST, LAST, true)).extracting(FieldError::message).singleElement().asString()
                .contains("must be later");
    }
}
