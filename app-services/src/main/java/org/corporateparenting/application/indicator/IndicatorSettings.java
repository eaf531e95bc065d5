package org.corporateparenting.application.indicator;

import java.math.BigDecimal;
import java.util.List;

/** What the council has set for one indicator: targets by financial year and benchmarks by year and kind. */
public record IndicatorSettings(String code, List<TargetHeld> targets, List<BenchmarkHeld> benchmarks) {

    /** A target (and red threshold, if any) for a financial year starting in April of {@code financialYear}. */
    public record TargetHeld(int financialYear, BigDecimal target, BigDecimal redThreshold, String setBy) {
    }

    /** A benchmark: its kind (code and words), the year it refers to, its value and source. */
    public record BenchmarkHeld(String kind, String kindLabel, String vintage, BigDecimal value, String source) {
    }

    /** An ONS mid-year estimate of the council's children under 18. */
    public record PopulationHeld(int midYear, int under18) {
    }
}
