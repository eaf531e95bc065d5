package org.corporateparenting.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An indicator's monthly trend with its target (a stepped dashed line, since the target changes with the
 * financial year) and benchmark lines (England, statistical neighbours, ...), each labelled at its right-hand
 * end so no line depends on colour or a legend. Months without a figure break the line.
 */
public record TrendChart(String title, String unitSuffix, List<String> months, List<BigDecimal> values,
        List<BigDecimal> targets, List<Reference> references) {

    /** A horizontal reference line, such as "England average 2021/22". */
    public record Reference(String label, BigDecimal value) {
    }

    private static final double WIDTH = 720;
    private static final double HEIGHT = 300;
    private static final double LEFT = 52;
    private static final double RIGHT = 220;
    private static final double TOP = 16;
    private static final double BOTTOM = 44;

    public TrendChart {
        Objects.requireNonNull(months);
        if (values.size() != months.size() || targets.size() != months.size()) {
            throw new IllegalArgumentException("Every month needs a value and a target (either may be null).");
        }
    }

    public String svg() {
        List<BigDecimal> all = new ArrayList<>(values);
        all.addAll(targets);
        references.forEach(r -> all.add(r.value()));
        Scale scale = Scale.of(all).forAxis();
        double plotRight = WIDTH - RIGHT;
        double plotBottom = HEIGHT - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cp-trend\" viewBox=\"0 0 ").append((int) WIDTH).append(' ')
                .append((int) HEIGHT).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title id=\"chart-title\">").append(Svg.escape(title)).append("</title>")
                .append("<desc id=\"chart-desc\">").append(Svg.escape(description())).append("</desc>");
        for (double tick : scale.ticks()) {
            String y = Svg.coordinate(scale.y(tick, TOP, plotBottom));
            svg.append("<line x1=\"").append(Svg.coordinate(LEFT)).append("\" x2=\"").append(Svg.coordinate(plotRight))
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"").append(Svg.GRID).append("\"/>")
                    .append("<text x=\"").append(Svg.coordinate(LEFT - 6)).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"").append(Svg.INK).append("\">")
                    .append(Svg.number(BigDecimal.valueOf(tick))).append("</text>");
        }
        for (int i = 0; i < months.size(); i++) {
            if (i % 3 == (months.size() - 1) % 3) {
                svg.append("<text x=\"").append(Svg.coordinate(x(i))).append("\" y=\"").append(Svg.coordinate(plotBottom + 18))
                        .append("\" text-anchor=\"middle\" fill=\"").append(Svg.INK).append("\">").append(Svg.escape(months.get(i)))
                        .append("</text>");
            }
        }
        List<Label> labels = new ArrayList<>();
        for (int r = 0; r < references.size(); r++) {
            Reference ref = references.get(r);
            if (ref.value() == null) {
                continue;
            }
            String y = Svg.coordinate(scale.y(ref.value().doubleValue(), TOP, plotBottom));
            String colour = Svg.REFERENCES[r % Svg.REFERENCES.length];
            svg.append("<line x1=\"").append(Svg.coordinate(LEFT)).append("\" x2=\"").append(Svg.coordinate(plotRight))
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"").append(Svg.REFERENCE_DASHES[r % Svg.REFERENCE_DASHES.length])
                    .append("\"/>");
            labels.add(new Label(scale.y(ref.value().doubleValue(), TOP, plotBottom),
                    ref.label() + ": " + Svg.number(ref.value()) + unitSuffix, colour, Svg.REFERENCE_DASHES[r % Svg.REFERENCE_DASHES.length]));
        }
        BigDecimal lastTarget = null;
        StringBuilder target = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            BigDecimal t = targets.get(i);
            if (t == null) {
                continue;
            }
            String y = Svg.coordinate(scale.y(t.doubleValue(), TOP, plotBottom));
            double left = i == 0 ? x(0) : (x(i - 1) + x(i)) / 2;
            double right = i == months.size() - 1 ? x(i) : (x(i) + x(i + 1)) / 2;
            target.append(" M").append(Svg.coordinate(left)).append(' ').append(y).append(" H").append(Svg.coordinate(right));
            lastTarget = t;
        }
        if (lastTarget != null) {
            svg.append("<path d=\"").append(target.toString().trim()).append("\" fill=\"none\" stroke=\"").append(Svg.TARGET)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            labels.add(new Label(scale.y(lastTarget.doubleValue(), TOP, plotBottom), "Target: " + Svg.number(lastTarget) + unitSuffix,
                    Svg.TARGET, "6 4"));
        }
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            BigDecimal v = values.get(i);
            if (v != null) {
                dots.append("<circle cx=\"").append(Svg.coordinate(x(i))).append("\" cy=\"")
                        .append(Svg.coordinate(scale.y(v.doubleValue(), TOP, plotBottom))).append("\" r=\"3\" fill=\"").append(Svg.SERIES)
                        .append("\"><title>").append(Svg.escape(months.get(i) + ": " + Svg.number(v) + unitSuffix)).append("</title></circle>");
            }
        }
        svg.append("<path d=\"").append(Svg.brokenLine(values, this::x, v -> scale.y(v.doubleValue(), TOP, plotBottom)))
                .append("\" fill=\"none\" stroke=\"").append(Svg.SERIES).append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>")
                .append(dots);
        BigDecimal latest = values.get(values.size() - 1);
        if (latest != null) {
            labels.add(new Label(scale.y(latest.doubleValue(), TOP, plotBottom), "Latest: " + Svg.number(latest) + unitSuffix, Svg.SERIES, ""));
        }
        // Each label is dark text (for contrast) after a short sample of its line's colour and dash.
        for (Label label : Label.spread(labels, TOP, plotBottom)) {
            String y = Svg.coordinate(label.y());
            svg.append("<line x1=\"").append(Svg.coordinate(plotRight + 6)).append("\" x2=\"").append(Svg.coordinate(plotRight + 24))
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"").append(label.colour())
                    .append("\" stroke-width=\"2.5\"").append(label.dash().isEmpty() ? "" : " stroke-dasharray=\"" + label.dash() + "\"")
                    .append("/><text x=\"").append(Svg.coordinate(plotRight + 28)).append("\" y=\"").append(y)
                    .append("\" dominant-baseline=\"middle\" fill=\"").append(Svg.INK).append("\" font-weight=\"600\">")
                    .append(Svg.escape(label.text())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private double x(int index) {
        double plotRight = WIDTH - RIGHT;
        return months.size() == 1 ? (LEFT + plotRight) / 2 : LEFT + 8 + index * (plotRight - LEFT - 16) / (months.size() - 1);
    }

    private String description() {
        StringBuilder d = new StringBuilder("Monthly values from ").append(months.get(0)).append(" to ")
                .append(months.get(months.size() - 1)).append(". ");
        BigDecimal latest = values.get(values.size() - 1);
        d.append("Latest: ").append(latest == null ? "no figure" : Svg.number(latest) + unitSuffix).append('.');
        BigDecimal target = targets.get(targets.size() - 1);
        if (target != null) {
            d.append(" Target: ").append(Svg.number(target)).append(unitSuffix).append('.');
        }
        for (Reference r : references) {
            if (r.value() != null) {
                d.append(' ').append(r.label()).append(": ").append(Svg.number(r.value())).append(unitSuffix).append('.');
            }
        }
        return d.append(" The figures are also given in the table.").toString();
    }

    /** A line's label at the right of the plot, moved apart from its neighbours so none overlap. */
    private record Label(double y, String text, String colour, String dash) {

        static List<Label> spread(List<Label> labels, double top, double bottom) {
            List<Label> sorted = new ArrayList<>(labels);
            sorted.sort(Comparator.comparingDouble(Label::y));
            List<Label> placed = new ArrayList<>();
            double next = top;
            for (Label l : sorted) {
                double y = Math.max(l.y(), next);
                placed.add(new Label(y, l.text(), l.colour(), l.dash()));
                next = y + 15;
            }
            double overflow = placed.isEmpty() ? 0 : placed.get(placed.size() - 1).y() - bottom;
            if (overflow > 0) {
                placed.replaceAll(l -> new Label(l.y() - overflow, l.text(), l.colour(), l.dash()));
            }
            return placed;
        }
    }
}
