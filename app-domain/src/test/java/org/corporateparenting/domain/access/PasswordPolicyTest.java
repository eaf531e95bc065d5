package org.corporateparenting.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPasswordWithoutTheUsername() {
        assertThat(PasswordPolicy.problems("password", "jsmith", "kettle-orbit-meadow".toCharArray())).isEmpty();
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(PasswordPolicy.problems("password", "jsmith", "tq8-vmr-2zx".toCharArray()))
                .containsExactly(new FieldError("password", "Password must be at least 12 characters."));
        assertThat(PasswordPolicy.problems("password", "jsmith", "tq8-vmr-2zxw".toCharArray())).isEmpty();
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertThat(PasswordPolicy.problems("newPassword", "jsmith", "Password1234".toCharArray()))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("newPassword",
                        "Password is on the list of commonly used passwords: choose another."));
        assertThat(PasswordPolicy.problems("p", "jsmith", "QWERTY123456".toCharArray())).hasSize(1);
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertThat(PasswordPolicy.problems("password", "jsmith", "JSmith-autumn-7".toCharArray()))
                .containsExactly(new FieldError("password", "Password must not contain the username."));
    }

    @Test
    void refusesNoPasswordAtAll() {
        assertThat(PasswordPolicy.problems("password", "jsmith", null)).hasSize(1);
    }

    @Test
    void checkThrowsARuleViolationNamingTheField() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "jsmith", "short".toCharArray()))
                .isInstanceOf(RuleViolation.class).hasMessage("newPassword: Password must be at least 12 characters.");
    }
}
