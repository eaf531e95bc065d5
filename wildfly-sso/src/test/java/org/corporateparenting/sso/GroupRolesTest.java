package org.corporateparenting.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupRolesTest {

    private final GroupRoles map = GroupRoles.parse(
            "cp-performance-analysts=performance-analyst;\n 6f1c0d2e-8a3b-4c5d-9e0f-112233445566 = fostering, adoption ;"
                    + "cp-board=councillor\ncp-performance-analysts=auditor");

    @Test
    void aMemberOfAMappedGroupHoldsItsRoles() {
        assertThat(map.rolesFor(List.of("cp-performance-analysts"))).containsExactly("auditor", "performance-analyst");
        assertThat(map.rolesFor(List.of("6f1c0d2e-8a3b-4c5d-9e0f-112233445566"))).containsExactly("adoption", "fostering");
    }

    @Test
    void rolesOfSeveralGroupsAddUp() {
        assertThat(map.rolesFor(List.of("cp-board", "6f1c0d2e-8a3b-4c5d-9e0f-112233445566", "canteen-staff")))
                .containsExactly("adoption", "councillor", "fostering");
    }

    @Test
    void groupsOutsideTheMapGrantNothing() {
        assertThat(map.rolesFor(List.of("canteen-staff", "CP-BOARD", "cp-board "))).isEmpty();
        assertThat(map.rolesFor(List.of())).isEmpty();
        assertThat(map.rolesFor(null)).isEmpty();
        assertThat(GroupRoles.parse(null).rolesFor(List.of("cp-board"))).isEmpty();
        assertThat(GroupRoles.parse("  ").groups()).isEmpty();
    }

    @Test
    void aMistakeInTheMapIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> GroupRoles.parse("cp-board")).hasMessageContaining("\"cp-board\" is not group=role");
        assertThatThrownBy(() -> GroupRoles.parse("=councillor")).hasMessageContaining("is not group=role");
        assertThatThrownBy(() -> GroupRoles.parse("cp-board= , ")).hasMessageContaining("\"cp-board\" is given no role");
    }
}
