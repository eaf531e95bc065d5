package org.corporateparenting.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.junit.jupiter.api.Test;

class LookedAfterTest {

    private static final LocalDate D = LocalDate.of(2025, 3, 31);
    private final Child child = new Child(new Council("999", "Test (fictional)"), "L1", "Test", "Child", "1",
            LocalDate.of(2014, 2, 3), "WBRI");

    private Episode episode(LocalDate start, LocalDate end, String legalStatus) {
        Episode episode = new Episode(child, start, "S", legalStatus, "N1", "U4");
        if (end != null) {
            episode.end(end, "E13", null);
        }
        return episode;
    }

    @Test
    void lookedAfterFromTheStartDayUntilTheDayBeforeTheEnd() {
        List<Episode> episodes = List.of(episode(D, D.plusDays(5), "C2"));
        assertThat(LookedAfter.on(episodes, D.minusDays(1))).isFalse();
        assertThat(LookedAfter.on(episodes, D)).isTrue();
        assertThat(LookedAfter.on(episodes, D.plusDays(4))).isTrue();
        assertThat(LookedAfter.on(episodes, D.plusDays(5))).isFalse();
    }

    @Test
    void anAgreedSeriesOfShortBreaksIsNotLookedAfter() {
        assertThat(LookedAfter.on(List.of(episode(D, null, "V3")), D)).isFalse();
        assertThat(LookedAfter.on(List.of(episode(D, null, "V4")), D)).isFalse();
        Episode care = episode(D, null, "V2");
        assertThat(LookedAfter.episodeOn(List.of(episode(D, null, "V4"), care), D)).contains(care);
        assertThat(LookedAfter.counted(List.of(episode(D, null, "V3"), care))).containsExactly(care);
    }
}
