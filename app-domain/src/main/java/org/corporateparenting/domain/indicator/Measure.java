package org.corporateparenting.domain.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator's figure for one month: numerator, denominator and value, and the cohort month it
 * measures (earlier than the month for indicators reported in arrears). The value is null when it cannot be
 * computed (no one in the population, or no population estimate for a rate).
 */
public record Measure(String code, ReportingMonth month, ReportingMonth cohort, double numerator, Long denominator,
        Double value) {

    /** The value from a tally, by the indicator's unit; {@code population} is used for rates only. */
    static Measure of(Definition definition, ReportingMonth month, Tally tally, Integer population) {
        ReportingMonth cohort = month.minus(definition.arrearsMonths());
        double numerator = tally.numerator();
        return switch (definition.unit()) {
            case COUNT -> new Measure(definition.code(), month, cohort, numerator, null, numerator);
            case PERCENT -> new Measure(definition.code(), month, cohort, numerator, tally.denominator(),
                    ratio(numerator * 100, tally.denominator()));
            case RATE_PER_10000 -> new Measure(definition.code(), month, cohort, numerator,
                    population == null ? null : population.longValue(),
                    population == null ? null : ratio(numerator * 10_000, population));
            case DAYS, AVERAGE -> new Measure(definition.code(), month, cohort, numerator, tally.denominator(),
                    ratio(numerator, tally.denominator()));
        };
    }

    private static Double ratio(double top, long bottom) {
        return bottom == 0 ? null : BigDecimal.valueOf(top / bottom).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** The value as shown: rounded half up to the unit's decimals (so "64.55" reads 64.6, as in the packs). */
    public BigDecimal shown(Unit unit) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(unit.decimals(), RoundingMode.HALF_UP);
    }
}
