package org.corporateparenting.report.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * A word-sized trend line of the last months (the packs' "Trend" column): one line, broken where a month has
 * no figure, with the latest month marked by a dot. Its accessible name lists the values, so the trend is
 * never given by the picture alone.
 */
public final class Sparkline {

    private static final double WIDTH = 96;
    private static final double HEIGHT = 24;
    private static final double PAD = 3;

    private Sparkline() {
    }

    /** {@code values} oldest first; {@code what} names the indicator for the accessible description. */
    public static String of(String what, List<BigDecimal> values) {
        String description = "Trend of " + what + ", oldest first: "
                + values.stream().map(Svg::number).collect(Collectors.joining(", "));
        Scale scale = Scale.of(values);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cp-sparkline\" viewBox=\"0 0 ").append((int) WIDTH)
                .append(' ').append((int) HEIGHT).append("\" width=\"").append((int) WIDTH).append("\" height=\"").append((int) HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Svg.escape(description)).append("\"><title>")
                .append(Svg.escape(description)).append("</title>");
        IntToDoubleFunction x = i -> values.size() == 1 ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (values.size() - 1);
        ToDoubleFunction<BigDecimal> y = v -> scale.y(v.doubleValue(), PAD, HEIGHT - PAD);
        String path = Svg.brokenLine(values, x, y);
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(Svg.SERIES)
                    .append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>");
        }
        BigDecimal last = values.isEmpty() ? null : values.get(values.size() - 1);
        if (last != null) {
            svg.append("<circle cx=\"").append(Svg.coordinate(x.applyAsDouble(values.size() - 1))).append("\" cy=\"")
                    .append(Svg.coordinate(y.applyAsDouble(last))).append("\" r=\"2.5\" fill=\"").append(Svg.SERIES).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }
}
