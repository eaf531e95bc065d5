package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The RAG bands and direction of travel in words, as the key and each indicator's line print them. */
class KeyTest {

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void thresholdsSayTheBandsTheStatusIsComputedBy() {
        assertThat(RagStatus.thresholds(Polarity.HIGH, Unit.PERCENT, n("90"), n("85")))
                .isEqualTo("Green at 90.0% or more; amber from 85.0% to under 90.0%; red under 85.0%");
        assertThat(RagStatus.thresholds(Polarity.LOW, Unit.PERCENT, n("9.6"), n("12")))
                .isEqualTo("Green at 9.6% or less; amber over 9.6% and under 12.0%; red at 12.0% or more");
        assertThat(RagStatus.thresholds(Polarity.LOW, Unit.COUNT, n("140"), null))
                .isEqualTo("Green at 140 or less; red over 140 (no amber band set)");
        assertThat(RagStatus.thresholds(Polarity.INFORMATION, Unit.COUNT, n("140"), null)).isNull();
        assertThat(RagStatus.thresholds(Polarity.HIGH, Unit.COUNT, null, null)).isNull();
    }

    @Test
    void theWordsAgreeWithTheRuleAtEachBoundary() {
        // high is good: 90 is green, 85 is amber, just under 85 is red, as the words say
        assertThat(RagStatus.of(Polarity.HIGH, n("90.0"), n("90"), n("85"))).isEqualTo(RagStatus.GREEN);
        assertThat(RagStatus.of(Polarity.HIGH, n("85.0"), n("90"), n("85"))).isEqualTo(RagStatus.AMBER);
        assertThat(RagStatus.of(Polarity.HIGH, n("84.9"), n("90"), n("85"))).isEqualTo(RagStatus.RED);
        // low is good: 9.6 is green, 11.9 amber, 12.0 red ("red at 12.0% or more")
        assertThat(RagStatus.of(Polarity.LOW, n("9.7"), n("9.6"), n("12"))).isEqualTo(RagStatus.AMBER);
        assertThat(RagStatus.of(Polarity.LOW, n("12.0"), n("9.6"), n("12"))).isEqualTo(RagStatus.RED);
        assertThat(RagStatus.of(Polarity.LOW, n("141"), n("140"), null)).isEqualTo(RagStatus.RED);
    }

    @Test
    void aCountThatRoseWhereLowIsGoodReadsWorseAndSaysItRose() {
        Direction d = Direction.of(Polarity.LOW, n("137"), n("144"));
        assertThat(d.words()).isEqualTo("Worse");
        assertThat(d.described(Polarity.LOW, Unit.COUNT, n("137"))).isEqualTo("Worse: up from 137 (low is good)");
        assertThat(Direction.of(Polarity.HIGH, n("80.0"), n("82.5")).described(Polarity.HIGH, Unit.PERCENT, n("80.0")))
                .isEqualTo("Better: up from 80.0% (high is good)");
        assertThat(Direction.of(Polarity.LOW, n("12"), n("10")).described(Polarity.LOW, Unit.PERCENT, n("12")))
                .isEqualTo("Better: down from 12.0% (low is good)");
        assertThat(Direction.of(Polarity.INFORMATION, n("444"), n("437")).described(Polarity.INFORMATION, Unit.COUNT, n("444")))
                .isEqualTo("Down from 444 (information only)");
        assertThat(Direction.NONE.described(Polarity.LOW, Unit.COUNT, null)).isEmpty();
    }

    @Test
    void theKeysNameEveryStatusAndMark() {
        assertThat(String.join(" ", RagStatus.key())).contains("On target (green, circle)", "Close to target (amber, triangle)",
                "Off target (red, square)", "No target");
        assertThat(String.join(" ", Direction.key())).contains("✓ Better", "✗ Worse", "= Same", "↑ Up", "↓ Down",
                "a count that rose where low is good is worse");
    }
}
