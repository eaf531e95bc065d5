package org.corporateparenting.domain.indicator;

import java.math.BigDecimal;

/**
 * Red, amber or green against the year's target, using the indicator's polarity, compared at the precision
 * the figure is shown (so the status never contradicts the printed figure). With a red threshold (Rotherham's
 * tolerances, e.g. high is good: red below 90, green from 95), amber lies between the two; without one a
 * figure is green on target and red off it, since no judgement can be computed. Information-only
 * indicators, and figures without a target, have no status. The word and a shape go with the colour, so the
 * status never relies on colour alone.
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
}
