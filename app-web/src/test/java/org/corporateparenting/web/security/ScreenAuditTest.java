package org.corporateparenting.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreenAuditTest {

    @Test
    void aggregatesAndTheUsersOwnAccountAreNotRecorded() {
        for (String screen : new String[] {"", "board", "board/2026-11", "board/2026-11/area/care-leavers",
            "board/2026-11/indicator/CIC_COUNT", "dataset", "council", "reports", "reports/annual/iro", "users", "password"}) {
            assertThat(ScreenAudit.AGGREGATE.matcher(screen).matches()).as(screen).isTrue();
        }
    }

    @Test
    void everyScreenWithChildLevelDataIsRecordedWhoWasCountedIncluded() {
        for (String screen : new String[] {"board/2026-11/indicator/CIC_COUNT/counted", "children", "children/12", "reviews",
            "escalations", "care-leavers", "care-leavers/3", "households/4", "adoption", "adopters", "panels/2", "recruitment",
            "ssda903", "board/2026-11/area/../../../children"}) {
            assertThat(ScreenAudit.AGGREGATE.matcher(screen).matches()).as(screen).isFalse();
        }
    }

    @Test
    void aChildsPageNamesTheChild() {
        assertThat(ScreenAudit.childOf("children/12")).isEqualTo(12L);
        assertThat(ScreenAudit.childOf("children")).isNull();
        assertThat(ScreenAudit.childOf("care-leavers/12")).isNull();
        assertThat(ScreenAudit.childOf("children/99999999999999999999")).isNull();
    }
}
