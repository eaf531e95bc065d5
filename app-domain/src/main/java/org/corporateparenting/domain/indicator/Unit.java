package org.corporateparenting.domain.indicator;

/** What an indicator's value measures, and so how it is computed from its numerator and denominator. */
public enum Unit {
    /** A number of children, households or events: the numerator. */
    COUNT(0),
    /** Numerator as a percentage of the denominator. */
    PERCENT(1),
    /** Numerator per 10,000 children under 18 in the council's area (ONS mid-year estimate). */
    RATE_PER_10000(1),
    /** Average number of days: the sum of the days counted over the number of children counted. */
    DAYS(0),
    /** Average of a score or ratio: the sum over the number counted. */
    AVERAGE(2);

    private final int decimals;

    Unit(int decimals) {
        this.decimals = decimals;
    }

    /** Decimal places the value is shown and compared with (so a figure never changes direction unseen). */
    public int decimals() {
        return decimals;
    }
}
