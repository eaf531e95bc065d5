package org.corporateparenting.domain.indicator;

import java.math.BigDecimal;

/**
 * Direction of travel against the previous month, as the packs print it: improved, same or declined by the
 * indicator's polarity (Dorset 2023, Rotherham 2017); for information-only indicators the plain direction of
 * the number (up, down, same). Compared at the precision shown, so "15.3 to 15.3" is always "same". None
 * when either month has no figure.
 */
public enum Direction {
    IMPROVED("Improved", "✓"), SAME("Same", "="), DECLINED("Declined", "✗"), UP("Up", "↑"), DOWN("Down", "↓"), NONE("", "–");

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
