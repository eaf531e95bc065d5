package org.corporateparenting.web.view.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.corporateparenting.domain.indicator.Unit;

/**
 * How a figure is written on the board's pages, by its unit and at the unit's precision (the precision status and
 * direction are judged at): "1,234", "88.0%", "65.1", "412", "0.87". Targets and benchmarks are written alike.
 */
final class Figures {

    private Figures() {
    }

    static String written(BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        int decimals = Unit.valueOf(unit).decimals();
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        String text = format.format(value.setScale(decimals, RoundingMode.HALF_UP));
        return "PERCENT".equals(unit) ? text + "%" : text;
    }

    /** The unit's suffix for charts and descriptions. */
    static String suffix(String unit) {
        return "PERCENT".equals(unit) ? "%" : "";
    }

    static String unitWords(String unit) {
        switch (unit) {
            case "COUNT":
                return "Number";
            case "PERCENT":
                return "Percentage";
            case "RATE_PER_10000":
                return "Rate per 10,000";
            case "DAYS":
                return "Average days";
            default:
                return "Average";
        }
    }

    static String polarityWords(String polarity) {
        switch (polarity) {
            case "HIGH":
                return "High";
            case "LOW":
                return "Low";
            default:
                return "Information only";
        }
    }
}
