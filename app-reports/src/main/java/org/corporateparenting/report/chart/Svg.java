package org.corporateparenting.report.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

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

    /**
     * The path through the months that have a value, broken where a month has none (a missing month is never
     * drawn as a straight line across); empty when no month has a value.
     */
    static String brokenLine(List<BigDecimal> values, IntToDoubleFunction x, ToDoubleFunction<BigDecimal> y) {
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                drawing = false;
                continue;
            }
            path.append(drawing ? " L" : " M").append(coordinate(x.applyAsDouble(i))).append(' ').append(coordinate(y.applyAsDouble(v)));
            drawing = true;
        }
        return path.toString().trim();
    }

    /** A value for labels and descriptions: plain decimal, no exponent. */
    static String number(BigDecimal value) {
        return value == null ? "no figure" : value.stripTrailingZeros().toPlainString();
    }
}
