package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingMonthTest {

    @Test
    void theYearEndsUpToAMonthAreTheMarchesOnOrBeforeItOldestFirst() {
        assertThat(ReportingMonth.parse("2026-10").yearEndsUpTo(3)).extracting(ReportingMonth::toString)
                .containsExactly("2024-03", "2025-03", "2026-03");
        assertThat(ReportingMonth.parse("2026-03").yearEndsUpTo(3)).extracting(ReportingMonth::toString)
                .containsExactly("2024-03", "2025-03", "2026-03");
        assertThat(ReportingMonth.parse("2026-02").yearEndsUpTo(2)).extracting(ReportingMonth::toString)
                .containsExactly("2024-03", "2025-03");
    }
}
