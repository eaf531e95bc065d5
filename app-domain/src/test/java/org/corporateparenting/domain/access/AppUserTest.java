package org.corporateparenting.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.Role;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final PasswordHash HASH = new PasswordHash("aGFzaA==", "c2FsdA==", 1);

    @Test
    void aResetForcesAChangeAndTheUsersOwnChoiceClearsIt() {
        AppUser user = new AppUser("jsmith", "J Smith", null, HASH);
        assertThat(user.isMustChangePassword()).isFalse();
        user.resetPassword(new PasswordHash("b3RoZXI=", "c2FsdA==", 1));
        assertThat(user.isMustChangePassword()).isTrue();
        user.choosePassword(HASH);
        assertThat(user.isMustChangePassword()).isFalse();
    }

    @Test
    void rolesAreReplacedAndUnknownOnesRefused() {
        AppUser user = new AppUser("jsmith", "J Smith", null, HASH);
        user.grant(Role.FOSTERING);
        user.setRoles(List.of(Role.IRO, Role.PERFORMANCE_ANALYST));
        assertThat(user.getRoles()).containsExactly(Role.IRO, Role.PERFORMANCE_ANALYST);
        assertThatThrownBy(() -> user.setRoles(List.of("superuser"))).hasMessage("Unknown role: superuser");
        assertThat(user.getRoles()).containsExactly(Role.IRO, Role.PERFORMANCE_ANALYST);
    }

    @Test
    void aUserWithoutACouncilJoinsOneOnceOnly() {
        AppUser user = new AppUser("setup", "Set-up administrator", null, HASH);
        Council council = new Council("901", "Test Council");
        user.join(council);
        assertThat(user.getCouncil()).isSameAs(council);
        assertThatThrownBy(() -> user.join(new Council("902", "Other"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void knowsItsOwnPasswordOnly() {
        AppUser user = new AppUser("jsmith", "J Smith", null, PasswordHash.of("kettle-orbit-meadow".toCharArray()));
        assertThat(user.passwordMatches("kettle-orbit-meadow".toCharArray())).isTrue();
        assertThat(user.passwordMatches("kettle-orbit-meadoW".toCharArray())).isFalse();
    }

    @Test
    void aProviderNameWithADomainIsAUsernameButNotAnyTextWithAnAt() {
        assertThat(new AppUser("ann@council.gov.uk", "Ann", null, HASH).getUsername()).isEqualTo("ann@council.gov.uk");
        assertThat(AppUser.isValidUsername("a.smith-2@social-care.council.gov.uk")).isTrue();
        for (String refused : new String[] {"ann@", "@council.gov.uk", "ann@council", "Ann@council.gov.uk", "ann@@council.gov.uk",
                "ann@council..gov.uk", "ann@-council.gov.uk", "ann smith@council.gov.uk", "ann@council.gov.uk/x", "a",
                "x".repeat(50) + "@council.gov.uk"}) {
            assertThat(AppUser.isValidUsername(refused)).as(refused).isFalse();
        }
        assertThatThrownBy(() -> new AppUser("ann@", "Ann", null, HASH)).isInstanceOf(IllegalArgumentException.class);
    }
}
