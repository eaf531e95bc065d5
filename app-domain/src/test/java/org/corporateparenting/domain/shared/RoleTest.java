package org.corporateparenting.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Need to know: the teams holding a child's case record it; analysts and IROs read it. */
class RoleTest {

    @Test
    void theTeamsHoldingTheCaseAndAdministratorsRecordCases() {
        for (String role : Set.of(Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR)) {
            assertThat(Role.recordsCases(Set.of(role, Role.PRACTITIONER))).as(role).isTrue();
        }
    }

    @Test
    void analystsIrosAndOthersReadCaseRecordsAndNeverChangeThem() {
        for (String role : Set.of(Role.PERFORMANCE_ANALYST, Role.IRO, Role.COUNCILLOR, Role.AUDITOR)) {
            assertThat(Role.recordsCases(Set.of(role, Role.PRACTITIONER))).as(role).isFalse();
        }
        assertThat(Role.recordsCases(Set.of(Role.IRO, Role.PERFORMANCE_ANALYST))).isFalse();
        assertThat(Role.recordsCases(Set.of(Role.IRO, Role.FOSTERING))).as("any one recording role is enough").isTrue();
    }
}
