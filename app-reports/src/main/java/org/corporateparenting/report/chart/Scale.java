package org.corporateparenting.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The value range a chart spans (with room for its reference lines), and where a value falls on it. */
record Scale(double low, double high) {

    /** Just the range of the values given (nulls ignored); one unit either side of a flat line. */
    static Scale of(List<BigDecimal> values) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (BigDecimal v : values) {
            if (v != null) {
                low = Math.min(low, v.doubleValue());
                high = Math.max(high, v.doubleValue());
            }
        }
        if (low == Double.MAX_VALUE) {
            return new Scale(0, 1);
        }
        return low == high ? new Scale(low - 1, high + 1) : new Scale(low, high);
    }

    /** Widened to round ticks, from zero unless values go below it, so bars of change are not exaggerated. */
    Scale forAxis() {
        double step = step();
        double bottom = Math.min(0, Math.floor(low / step) * step);
        double top = Math.ceil(high / step) * step;
        return new Scale(bottom, top <= bottom ? bottom + step : top);
    }

    /** A round tick interval (1, 2 or 5 times a power of ten) giving about four ticks. */
    double step() {
        double rough = Math.max(high, high - Math.min(0, low)) / 4;
        if (rough <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        return (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) * magnitude;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        double step = step();
        for (double t = low; t <= high + step / 1000; t += step) {
            ticks.add(Math.round(t / step) * step);
        }
        return ticks;
    }

    /** The y coordinate of {@code value} between {@code top} (the scale's high) and {@code bottom} (its low). */
    double y(double value, double top, double bottom) {
        return bottom - (value - low) / (high - low) * (bottom - top);
    }
}
