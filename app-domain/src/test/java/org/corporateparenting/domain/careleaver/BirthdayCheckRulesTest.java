package org.corporateparenting.domain.careleaver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.corporateparenting.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

class BirthdayCheckRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate BIRTHDAY = LocalDate.of(2025, 3, 1);

    @Test
    void aCompleteCheckPasses() {
        assertThat(BirthdayCheckRules.check(19, BIRTHDAY, false, false, "YES", "F5", "U1", TODAY)).isEmpty();
        assertThat(BirthdayCheckRules.check(20, BIRTHDAY, false, false, "DIED", "0", "0", TODAY)).isEmpty();
    }

    @Test
    void onlyTheSeventeenthToTwentyFirstBirthdaysOnceAndNotWhileLookedAfterAtSeventeenOrEighteen() {
        assertThat(BirthdayCheckRules.check(16, BIRTHDAY, false, false, "YES", "F5", "U1", TODAY))
                .extracting(FieldError::field).containsExactly("birthdayAge");
        assertThat(BirthdayCheckRules.check(18, BIRTHDAY, true, false, "YES", "F5", "U1", TODAY))
                .containsExactly(new FieldError("birthdayAge",
                        "No OC3 check for a 18th birthday while the young person is still looked after."));
        assertThat(BirthdayCheckRules.check(19, BIRTHDAY, true, false, "YES", "F5", "U1", TODAY)).isEmpty();
        assertThat(BirthdayCheckRules.check(19, BIRTHDAY, false, true, "YES", "F5", "U1", TODAY))
                .extracting(FieldError::field).containsExactly("birthdayAge");
        assertThat(BirthdayCheckRules.check(19, TODAY.plusDays(1), false, false, "YES", "F5", "U1", TODAY))
                .extracting(FieldError::field).containsExactly("birthdayAge");
    }

    @Test
    void activityAndAccommodationAreNoughtExactlyWhenTheYoungPersonDiedOrWentHome() {
        assertThat(BirthdayCheckRules.check(19, BIRTHDAY, false, false, "RHOM", "F5", "U1", TODAY))
                .extracting(FieldError::field).containsExactly("activity", "accommodation");
        assertThat(BirthdayCheckRules.check(19, BIRTHDAY, false, false, "YES", "0", "0", TODAY))
                .extracting(FieldError::field).containsExactly("activity", "accommodation");
    }

    @Test
    void accommodationIsATypeLetterAndASuitabilityDigit() {
        assertThat(BirthdayCheckRules.check(19, BIRTHDAY, false, false, "NO", "G5", "W2", TODAY)).isEmpty();
        assertThat(BirthdayCheckRules.check(19, BIRTHDAY, false, false, "NO", "G5", "W", TODAY))
                .extracting(FieldError::field).containsExactly("accommodation");
        assertThat(BirthdayCheckRules.check(19, BIRTHDAY, false, false, "NO", "G5", "Q1", TODAY))
                .extracting(FieldError::field).containsExactly("accommodation");
        assertThat(BirthdayCheckRules.check(19, BIRTHDAY, false, false, "MAYBE", "G5", "U1", TODAY))
                .extracting(FieldError::field).containsExactly("inTouch");
    }
}
