package org.corporateparenting.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An annual report's chart of a table: for each line (a quarter, say), this year's bar beside last year's, on an axis
 * from zero with round ticks, a legend naming the two years, and an accessible name that gives every value, so the
 * chart never says anything the table does not. Callers draw it only when no count in the table is withheld.
 */
public final class BarChart {

    private static final double WIDTH = 480;
    private static final double HEIGHT = 170;
    private static final double LEFT = 34;
    private static final double TOP = 22;
    private static final double BOTTOM = 26;
    private static final String LAST = "#9aa5b1";

    private BarChart() {
    }

    /** {@code what} names the table; {@code labels} its lines; the two years' counts in the same order. */
    public static String of(String what, List<String> labels, List<Long> thisYear, List<Long> lastYear, String thisLabel, String lastLabel) {
        List<BigDecimal> all = new ArrayList<>();
        thisYear.forEach(v -> all.add(BigDecimal.valueOf(v)));
        lastYear.forEach(v -> all.add(BigDecimal.valueOf(v)));
        all.add(BigDecimal.ZERO);
        Scale axis = Scale.of(all).forAxis();
        StringBuilder description = new StringBuilder(what + ", " + thisLabel + " beside " + lastLabel + ": ");
        for (int i = 0; i < labels.size(); i++) {
            description.append(i == 0 ? "" : "; ").append(labels.get(i)).append(' ').append(thisYear.get(i)).append(" and ").append(lastYear.get(i));
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append((int) WIDTH).append(' ').append((int) HEIGHT)
                .append("\" width=\"").append((int) WIDTH).append("\" height=\"").append((int) HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(Svg.escape(description.toString())).append("\"><title>").append(Svg.escape(description.toString())).append("</title>");
        double plotBottom = HEIGHT - BOTTOM;
        for (double tick : axis.ticks()) {
            double y = axis.y(tick, TOP, plotBottom);
            svg.append(line(LEFT, y, WIDTH, y, Svg.GRID)).append(text(LEFT - 4, y + 3, "end", Svg.number(BigDecimal.valueOf(Math.round(tick)))));
        }
        double slot = (WIDTH - LEFT) / Math.max(1, labels.size());
        double bar = Math.min(28, slot / 3);
        for (int i = 0; i < labels.size(); i++) {
            double middle = LEFT + slot * i + slot / 2;
            svg.append(bar(middle - bar, bar, thisYear.get(i), axis, plotBottom, Svg.SERIES))
                    .append(bar(middle, bar, lastYear.get(i), axis, plotBottom, LAST))
                    .append(text(middle, HEIGHT - 10, "middle", labels.get(i)));
        }
        svg.append("<rect x=\"").append(Svg.coordinate(LEFT)).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"").append(Svg.SERIES).append("\"/>")
                .append(text(LEFT + 14, 13, "start", thisLabel))
                .append("<rect x=\"").append(Svg.coordinate(LEFT + 90)).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"").append(LAST).append("\"/>")
                .append(text(LEFT + 104, 13, "start", lastLabel));
        return svg.append("</svg>").toString();
    }

    private static String bar(double x, double width, long value, Scale axis, double bottom, String colour) {
        double top = axis.y(value, TOP, bottom);
        return "<rect x=\"" + Svg.coordinate(x) + "\" y=\"" + Svg.coordinate(top) + "\" width=\"" + Svg.coordinate(width - 2) + "\" height=\""
                + Svg.coordinate(Math.max(0, bottom - top)) + "\" fill=\"" + colour + "\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + Svg.coordinate(x1) + "\" y1=\"" + Svg.coordinate(y1) + "\" x2=\"" + Svg.coordinate(x2) + "\" y2=\""
                + Svg.coordinate(y2) + "\" stroke=\"" + colour + "\" stroke-width=\"0.5\"/>";
    }

    private static String text(double x, double y, String anchor, String words) {
        return "<text x=\"" + Svg.coordinate(x) + "\" y=\"" + Svg.coordinate(y) + "\" text-anchor=\"" + anchor
                + "\" font-family=\"DejaVu Sans\" font-size=\"9\" fill=\"" + Svg.INK + "\">" + Svg.escape(words) + "</text>";
    }
}
