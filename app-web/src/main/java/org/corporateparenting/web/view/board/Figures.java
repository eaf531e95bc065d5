package org.corporateparenting.web.view.board;

import java.math.BigDecimal;
import org.corporateparenting.domain.indicator.Polarity;
import org.corporateparenting.domain.indicator.Unit;

/**
 * How a figure and its unit are written on the board's pages: by the domain's one rule ({@link Unit#written}),
 * which the packs use too, so a figure reads the same on a screen and on paper. Views carry units and polarities
 * by name; this turns the names back.
 */
final class Figures {

    private Figures() {
    }

    static String written(BigDecimal value, String unit) {
        return Unit.valueOf(unit).written(value);
    }

    /** The unit's suffix for charts and descriptions. */
    static String suffix(String unit) {
        return "PERCENT".equals(unit) ? "%" : "";
    }

    static String unitWords(String unit) {
        return Unit.valueOf(unit).words();
    }

    static String polarityWords(String polarity) {
        return Polarity.valueOf(polarity).words();
    }
}
