package org.corporateparenting.domain.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * Direction of travel against the previous month, as the packs print it: better, same or worse by the
 * indicator's polarity (Dorset 2023, Rotherham 2017), so a count that rose where low is good reads "Worse", never
 * "Declined" beside a rising number; for information-only indicators the plain direction of the number (up, down,
 * same). Compared at the precision shown, so "15.3 to 15.3" is always "same". None when either month has no
 * figure. {@link #described} says which way the number moved as well, and {@link #key} what each mark means.
 */
public enum Direction {
    IMPROVED("Better", "✓"), SAME("Same", "="), DECLINED("Worse", "✗"), UP("Up", "↑"), DOWN("Down", "↓"), NONE("", "–");

    private final String words;
    private final String symbol;

    Direction(String words, String symbol) {
        this.words = words;
        this.symbol = symbol;
    }

    public String words() {
        return words;
    }

    /** The mark printed beside the words (never instead of them). */
    public String symbol() {
        return symbol;
    }

    /** The direction a published view names by its words ("" or null for none). */
    public static Direction fromWords(String words) {
        for (Direction d : values()) {
            if (d.words.equals(words == null ? "" : words)) {
                return d;
            }
        }
        throw new IllegalArgumentException("No direction reads " + words);
    }

    /**
     * The direction with the way the number moved and the polarity that makes it better or worse: "Worse: up from 137
     * (low is good)", "Better: down from 12.0% (low is good)", "Up from 137 (information only)", "Same as the previous
     * month"; "" when there is no comparison.
     */
    public String described(Polarity polarity, Unit unit, BigDecimal previous) {
        if (this == NONE || previous == null) {
            return "";
        }
        if (this == SAME) {
            return "Same as the previous month (" + unit.written(previous) + ")";
        }
        boolean rose = switch (this) {
            case UP -> true;
            case DOWN -> false;
            default -> (this == IMPROVED) == (polarity == Polarity.HIGH);
        };
        String moved = (rose ? "up" : "down") + " from " + unit.written(previous);
        if (polarity == Polarity.INFORMATION) {
            return Character.toUpperCase(moved.charAt(0)) + moved.substring(1) + " (information only)";
        }
        return words + ": " + moved + " (" + polarity.words().toLowerCase() + " is good)";
    }

    /** What each mark means, as the key under the board's tables and in the pack prints it. */
    public static List<String> key() {
        return List.of(
                IMPROVED.symbol + " " + IMPROVED.words + ": moved since the previous month the way that is good for the indicator "
                        + "(up where high is good, down where low is good).",
                DECLINED.symbol + " " + DECLINED.words + ": moved the way that is bad for the indicator (down where high is good, "
                        + "up where low is good), so a count that rose where low is good is worse.",
                SAME.symbol + " " + SAME.words + ": unchanged at the precision shown.",
                UP.symbol + " " + UP.words + " / " + DOWN.symbol + " " + DOWN.words + ": information-only indicators, which are "
                        + "neither better nor worse when they move.",
                NONE.symbol + ": no comparison (a month not published or withheld).");
    }

    public static Direction of(Polarity polarity, BigDecimal previous, BigDecimal latest) {
        if (previous == null || latest == null) {
            return NONE;
        }
        int change = latest.compareTo(previous);
        if (change == 0) {
            return SAME;
        }
        return switch (polarity) {
            case HIGH -> change > 0 ? IMPROVED : DECLINED;
            case LOW -> change < 0 ? IMPROVED : DECLINED;
            case INFORMATION -> change > 0 ? UP : DOWN;
        };
    }
}
