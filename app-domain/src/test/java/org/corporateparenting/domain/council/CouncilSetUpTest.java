package org.corporateparenting.domain.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CouncilSetUpTest {

    @Test
    void anAdministratorCorrectsTheNameCodeAndStandards() {
        Council council = new Council("901", "Test Council");
        council.setUp("902", "  Test Borough Council ", 42, 30);
        assertThat(council.getLaCode()).isEqualTo("902");
        assertThat(council.getName()).isEqualTo("Test Borough Council");
        assertThat(council.getContactDays()).isEqualTo(42);
        assertThat(council.getVisitDays()).isEqualTo(30);
        council.setUp("902", "Test Borough Council", null, null);
        assertThat(council.getContactDays()).isNull();
    }

    @Test
    void refusesABadCodeABlankNameAndImpossibleStandards() {
        Council council = new Council("901", "Test Council");
        assertThatThrownBy(() -> council.setUp("91", "Test", null, null)).hasMessage("Local authority code must be three digits.");
        assertThatThrownBy(() -> council.setUp("901", " ", null, null)).hasMessageContaining("Council name is required");
        assertThatThrownBy(() -> council.setUp("903", "Renamed", 0, null)).hasMessageContaining("contact standard must be between 1 and 366");
        assertThatThrownBy(() -> council.setUp("901", "Test", null, 400)).hasMessageContaining("visit standard");
        assertThat(council.getLaCode()).isEqualTo("901");
        assertThat(council.getName()).isEqualTo("Test Council");
    }
}
