package org.corporateparenting.domain.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class LastAdministratorTest {

    private static final PasswordHash HASH = new PasswordHash("aGFzaA==", "c2FsdA==", 1);

    private static AppUser user(String... roles) {
        AppUser user = new AppUser("jsmith", "J Smith", new Council("901", "Test Council"), HASH);
        for (String role : roles) {
            user.grant(role);
        }
        return user;
    }

    @Test
    void theLastAdministratorCannotLoseTheRole() {
        assertThatThrownBy(() -> LastAdministrator.check(user(Role.ADMINISTRATOR), false, 0, "roles"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("roles: User jsmith is the council's last administrator");
    }

    @Test
    void anAdministratorMayStepDownWhenAnotherRemains() {
        assertThatCode(() -> LastAdministrator.check(user(Role.ADMINISTRATOR), false, 1, "roles")).doesNotThrowAnyException();
    }

    @Test
    void keepingTheRoleOrNeverHavingItIsAlwaysAllowed() {
        assertThatCode(() -> LastAdministrator.check(user(Role.ADMINISTRATOR), true, 0, "roles")).doesNotThrowAnyException();
        assertThatCode(() -> LastAdministrator.check(user(Role.PERFORMANCE_ANALYST), false, 0, "enabled")).doesNotThrowAnyException();
    }

    @Test
    void aDisabledAdministratorIsNotCounted() {
        AppUser disabled = user(Role.ADMINISTRATOR);
        disabled.disable();
        assertThatCode(() -> LastAdministrator.check(disabled, false, 0, "enabled")).doesNotThrowAnyException();
    }
}
