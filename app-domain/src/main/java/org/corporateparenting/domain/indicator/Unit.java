package org.corporateparenting.domain.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * What an indicator's value measures, and so how it is computed from its numerator and denominator and how it is
 * written: at the unit's precision, with thousands separated ("1,234", "88.0%", "65.1", "412", "0.87"). Screens,
 * headline sentences and packs all write figures through {@link #written}, so a figure reads the same everywhere.
 */
public enum Unit {
    /** A number of children, households or events: the numerator. */
    COUNT(0, "Number"),
    /** Numerator as a percentage of the denominator. */
    PERCENT(1, "Percentage"),
    /** Numerator per 10,000 children under 18 in the council's area (ONS mid-year estimate). */
    RATE_PER_10000(1, "Rate per 10,000"),
    /** Average number of days: the sum of the days counted over the number of children counted. */
    DAYS(0, "Average days"),
    /** Average of a score or ratio: the sum over the number counted. */
    AVERAGE(2, "Average");

    private final int decimals;
    private final String words;

    Unit(int decimals, String words) {
        this.decimals = decimals;
        this.words = words;
    }

    /** The unit as a column heading reads it: "Percentage", "Rate per 10,000". */
    public String words() {
        return words;
    }

    /** The figure as printed, rounded half up to the unit's decimals; "–" when there is no figure. */
    public String written(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        String text = format.format(value.setScale(decimals, RoundingMode.HALF_UP));
        return this == PERCENT ? text + "%" : text;
    }

    /** Decimal places the value is shown and compared with (so a figure never changes direction unseen). */
    public int decimals() {
        return decimals;
    }
}
