package org.corporateparenting.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.corporateparenting.domain.indicator.Unit;

/**
 * A figure an author may quote in a report's words as {@code {key}}: what it means, and its value with the
 * numerator and denominator it came from (so the disclosure rule can judge it as it judges the tables);
 * {@code aboutChildren} is false for figures about staff, which are never withheld.
 */
public record Reference(String key, String meaning, Unit unit, BigDecimal value, long numerator, Long denominator, boolean aboutChildren) {

    public static Reference count(String key, String meaning, long count) {
        return new Reference(key, meaning, Unit.COUNT, BigDecimal.valueOf(count), count, null, true);
    }

    /** The same figure, marked as about staff rather than children. */
    public Reference aboutStaff() {
        return new Reference(key, meaning, unit, value, numerator, denominator, false);
    }

    /** A percentage; null value when the denominator is zero. */
    public static Reference percent(String key, String meaning, long numerator, long denominator) {
        return new Reference(key, meaning, Unit.PERCENT, denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100.0 / denominator).setScale(4, RoundingMode.HALF_UP), numerator, denominator, true);
    }

    /**
     * An average number of days over some children ({@code totalDays} over {@code children}): withheld, as every
     * average is, when the children are few.
     */
    public static Reference days(String key, String meaning, long totalDays, long children) {
        return new Reference(key, meaning, Unit.DAYS, children == 0 ? null
                : BigDecimal.valueOf(totalDays * 1.0 / children).setScale(4, RoundingMode.HALF_UP), totalDays, children, true);
    }

    /** A published benchmark quoted as it is (England's average): a national figure, never withheld. */
    public static Reference published(String key, String meaning, Unit unit, BigDecimal value) {
        return new Reference(key, meaning, unit, value, 0, null, false);
    }

    /** An average of one count over another ({@code total} over {@code count}), to two decimals; withheld when either is small. */
    public static Reference average(String key, String meaning, long total, long count) {
        return new Reference(key, meaning, Unit.AVERAGE, count == 0 ? null
                : BigDecimal.valueOf(total * 1.0 / count).setScale(4, RoundingMode.HALF_UP), total, count, true);
    }
}
