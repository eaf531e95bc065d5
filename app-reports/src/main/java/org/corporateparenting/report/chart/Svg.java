package org.corporateparenting.report.chart;

import java.math.BigDecimal;
import java.util.Locale;

/** Writing SVG text: escaping and coordinates. */
final class Svg {

    static final String INK = "#1f2933";
    static final String SERIES = "#0072B2";
    static final String TARGET = "#D55E00";
    static final String[] REFERENCES = {"#009E73", "#CC79A7", "#56B4E9", "#E69F00"};
    static final String[] REFERENCE_DASHES = {"2 3", "8 3 2 3", "1 2", "6 2"};
    static final String GRID = "#d9dee3";

    private Svg() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A value for labels and descriptions: plain decimal, no exponent. */
    static String number(BigDecimal value) {
        return value == null ? "no figure" : value.stripTrailingZeros().toPlainString();
    }
}
