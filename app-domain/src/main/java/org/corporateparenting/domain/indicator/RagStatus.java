package org.corporateparenting.domain.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * Red, amber or green against the year's target, using the indicator's polarity, compared at the precision
 * the figure is shown (so the status never contradicts the printed figure). With a red threshold (Rotherham's
 * tolerances, e.g. high is good: red below 90, green from 95), amber lies between the two; without one a
 * figure is green on target and red off it, since no judgement can be computed. Information-only
 * indicators, and figures without a target, have no status. The word and a shape go with the colour, so the
 * status never relies on colour alone. {@link #thresholds} says the same rule in words for one indicator, and
 * {@link #key} what each status means, so that a reader never has to guess the bands: both are written here, beside
 * {@link #of}, and change with it.
 */
public enum RagStatus {
    GREEN("On target", "circle"),
    AMBER("Close to target", "triangle"),
    RED("Off target", "square"),
    NONE("No target", "none");

    private final String words;
    private final String shape;

    RagStatus(String words, String shape) {
        this.words = words;
        this.shape = shape;
    }

    public String words() {
        return words;
    }

    public String shape() {
        return shape;
    }

    public static RagStatus of(Polarity polarity, BigDecimal value, BigDecimal target, BigDecimal redThreshold) {
        if (value == null || target == null || polarity == Polarity.INFORMATION) {
            return NONE;
        }
        boolean high = polarity == Polarity.HIGH;
        int againstTarget = value.compareTo(target);
        if (high ? againstTarget >= 0 : againstTarget <= 0) {
            return GREEN;
        }
        if (redThreshold == null) {
            return RED;
        }
        int againstRed = value.compareTo(redThreshold);
        return (high ? againstRed < 0 : againstRed >= 0) ? RED : AMBER;
    }

    /**
     * The bands of {@link #of} in words, at the precision the figure is shown ("Green at 90.0% or more; amber from 85.0% to
     * under 90.0%; red under 85.0%"); null for an information-only indicator or one without a target, which have no status.
     */
    public static String thresholds(Polarity polarity, Unit unit, BigDecimal target, BigDecimal redThreshold) {
        if (target == null || polarity == Polarity.INFORMATION) {
            return null;
        }
        String green = unit.written(target);
        boolean high = polarity == Polarity.HIGH;
        if (redThreshold == null) {
            return high ? "Green at " + green + " or more; red under " + green + " (no amber band set)"
                    : "Green at " + green + " or less; red over " + green + " (no amber band set)";
        }
        String red = unit.written(redThreshold);
        return high ? "Green at " + green + " or more; amber from " + red + " to under " + green + "; red under " + red
                : "Green at " + green + " or less; amber over " + green + " and under " + red + "; red at " + red + " or more";
    }

    /** What each status means, as the key under the board's tables and in the pack prints it (word, shape and colour). */
    public static List<String> key() {
        return List.of(
                GREEN.words + " (green, circle): the figure meets the year's target.",
                AMBER.words + " (amber, triangle): short of the target but within the indicator's tolerance (its red threshold).",
                RED.words + " (red, square): beyond the red threshold, or short of the target where no tolerance is set.",
                NONE.words + ": information only, or no target set for the year; the figure is not judged.");
    }
}
