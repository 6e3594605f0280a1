package io.decibench.plugin.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical linear scale for the charts: maps values onto pixel rows (up is larger) and picks round tick values,
 * so both charts draw their axis the same way.
 */
record ChartScale(double min, double max, double top, double bottom) {

    /** A scale covering every given value (NaN ignored) with a little headroom, always including {@code 0}. */
    static ChartScale covering(List<Double> values, double top, double bottom) {
        double lo = 0;
        double hi = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        double pad = (hi - lo) * 0.08;
        double step = step(hi - lo + 2 * pad);
        double min = lo < 0 ? Math.floor((lo - pad) / step) * step : 0;
        double max = Math.ceil((hi + pad) / step) * step;
        return new ChartScale(min, max, top, bottom);
    }

    /** The pixel row of a value. */
    double y(double v) {
        return bottom - (v - min) / (max - min) * (bottom - top);
    }

    /** Round tick values from min to max. */
    List<Double> ticks() {
        double step = step(max - min);
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A 1, 2 or 5 times a power of ten step giving about five intervals over {@code range}. */
    private static double step(double range) {
        double raw = range / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
