package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JudgementTest {

    private static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void ragUsesPolarityAndTolerances() {
        // Rotherham: high is good, red below 90, green from 95
        assertThat(RagStatus.of(Polarity.HIGH, n("95.0"), n("95"), n("90"))).isEqualTo(RagStatus.GREEN);
        assertThat(RagStatus.of(Polarity.HIGH, n("92.0"), n("95"), n("90"))).isEqualTo(RagStatus.AMBER);
        assertThat(RagStatus.of(Polarity.HIGH, n("89.9"), n("95"), n("90"))).isEqualTo(RagStatus.RED);
        // low is good: red 12 or above, green up to 9.6
        assertThat(RagStatus.of(Polarity.LOW, n("9.6"), n("9.6"), n("12"))).isEqualTo(RagStatus.GREEN);
        assertThat(RagStatus.of(Polarity.LOW, n("11.9"), n("9.6"), n("12"))).isEqualTo(RagStatus.AMBER);
        assertThat(RagStatus.of(Polarity.LOW, n("12.0"), n("9.6"), n("12"))).isEqualTo(RagStatus.RED);
        // without tolerances: on or off target
        assertThat(RagStatus.of(Polarity.LOW, n("65.1"), n("60"), null)).isEqualTo(RagStatus.RED);
        assertThat(RagStatus.of(Polarity.INFORMATION, n("5"), n("60"), null)).isEqualTo(RagStatus.NONE);
        assertThat(RagStatus.of(Polarity.HIGH, n("5"), null, null)).isEqualTo(RagStatus.NONE);
    }

    @Test
    void directionUsesPolarityAndTheShownPrecision() {
        assertThat(Direction.of(Polarity.LOW, n("64.6"), n("65.1"))).isEqualTo(Direction.DECLINED);
        assertThat(Direction.of(Polarity.LOW, n("13.7"), n("13.4"))).isEqualTo(Direction.IMPROVED);
        assertThat(Direction.of(Polarity.HIGH, n("15.3"), n("15.3"))).isEqualTo(Direction.SAME);
        assertThat(Direction.of(Polarity.INFORMATION, n("444"), n("437"))).isEqualTo(Direction.DOWN);
        assertThat(Direction.of(Polarity.HIGH, null, n("1"))).isEqualTo(Direction.NONE);
        Measure a = new Measure("X", ReportingMonth.parse("2021-09"), ReportingMonth.parse("2021-09"), 0, null, 15.26);
        Measure b = new Measure("X", ReportingMonth.parse("2021-10"), ReportingMonth.parse("2021-10"), 0, null, 15.34);
        assertThat(Direction.of(Polarity.LOW, a.shown(Unit.PERCENT), b.shown(Unit.PERCENT))).isEqualTo(Direction.SAME);
    }

    @Test
    void shownValuesRoundHalfUp() {
        Measure m = new Measure("X", ReportingMonth.parse("2021-10"), ReportingMonth.parse("2021-10"), 0, null, 64.55);
        assertThat(m.shown(Unit.PERCENT)).isEqualByComparingTo("64.6");
        assertThat(m.shown(Unit.COUNT)).isEqualByComparingTo("65");
    }

    @Test
    void smallNumbersAreSuppressedButZeroIsNot() {
        Disclosure rule = new Disclosure(5);
        ReportingMonth month = ReportingMonth.parse("2021-10");
        assertThat(rule.suppresses(Unit.COUNT, new Measure("X", month, month, 3, null, 3.0))).isTrue();
        assertThat(rule.suppresses(Unit.COUNT, new Measure("X", month, month, 0, null, 0.0))).isFalse();
        assertThat(rule.suppresses(Unit.COUNT, new Measure("X", month, month, 6, null, 6.0))).isFalse();
        assertThat(rule.suppresses(Unit.PERCENT, new Measure("X", month, month, 2, 4L, 50.0))).isTrue();
        assertThat(rule.suppresses(Unit.PERCENT, new Measure("X", month, month, 2, 40L, 5.0))).as("gives the count back").isTrue();
        assertThat(rule.suppresses(Unit.PERCENT, new Measure("X", month, month, 10, 40L, 25.0))).isFalse();
        assertThat(rule.suppresses(Unit.PERCENT, new Measure("X", month, month, 27, 28L, 96.4))).as("leaves 1 out").isTrue();
        assertThat(rule.suppresses(Unit.PERCENT, new Measure("X", month, month, 28, 28L, 100.0))).as("leaves none out").isFalse();
        assertThat(rule.suppresses(Unit.DAYS, new Measure("X", month, month, 3, 40L, 0.1))).as("a total of days is no count").isFalse();
        assertThat(rule.suppresses(Unit.PERCENT, new Measure("X", month, month, 0, 0L, null))).isFalse();
    }

    @Test
    void reportingWindows() {
        ReportingMonth march = ReportingMonth.parse("2023-03");
        assertThat(march.end()).isEqualTo("2023-03-31");
        assertThat(march.rollingStart(12)).isEqualTo("2022-04-01");
        assertThat(march.rollingStart(6)).isEqualTo("2022-10-01");
        assertThat(march.financialYearStart()).isEqualTo("2022-04-01");
        assertThat(march.academicYearStart()).isEqualTo("2022-09-01");
        assertThat(ReportingMonth.parse("2023-04").financialYearStart()).isEqualTo("2023-04-01");
        assertThat(ReportingMonth.ending(march, 3)).extracting(ReportingMonth::toString).containsExactly("2023-01", "2023-02", "2023-03");
        assertThat(march.label()).isEqualTo("Mar 2023");
    }
}
