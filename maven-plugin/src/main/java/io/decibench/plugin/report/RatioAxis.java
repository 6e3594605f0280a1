package io.decibench.plugin.report;

import io.decibench.plugin.view.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * The vertical axis of both charts: overheads in percent placed on a log scale of the time ratio
 * {@code 1 + overhead}, so a halving and a doubling lie equally far from 0% ({@code -50%} and {@code +100%}), and
 * the ticks are symmetric: every tick ratio {@code r} above 1 has its reciprocal {@code 1/r} below. The axis covers
 * every value it is given, whiskers included, up to a factor of {@link #LIMIT} either way; beyond that a value is
 * drawn cut at the edge (and the chart marks it so).
 */
final class RatioAxis {

    /** The largest ratio the axis shows either way (x1000: -99.9% .. +99,900%). */
    static final double LIMIT = 1000;

    /** Tick ratios above 1 in increasing order; the ticks below 1 are their reciprocals. */
    private static final double[] LADDER = {1.1, 1.25, 1.5, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000};

    /** The least distance between two ticks, in pixels. */
    private static final double TICK_GAP = 22;

    private final double logMin;
    private final double logMax;
    private final double top;
    private final double bottom;

    private RatioAxis(double logMin, double logMax, double top, double bottom) {
        this.logMin = logMin;
        this.logMax = logMax;
        this.top = top;
        this.bottom = bottom;
    }

    /**
     * An axis from pixel row {@code top} to {@code bottom} covering 0%, the target and every given percentage (null
     * and non-finite values ignored), with {@code pad} pixels of room beyond the extreme values.
     */
    static RatioAxis covering(List<Double> percents, double top, double bottom, double pad) {
        double lo = 0;
        double hi = 0;
        for (Double p : percents) {
            if (p != null && Double.isFinite(p)) {
                double l = log(p);
                lo = Math.min(lo, l);
                hi = Math.max(hi, l);
            }
        }
        double limit = Math.log(LIMIT);
        lo = Math.max(lo, -limit);
        hi = Math.min(hi, limit);
        // At least +-10% around the data, so a flat chart still has an axis to read.
        double minSpan = Math.log(1.2);
        if (hi - lo < minSpan) {
            double mid = (hi + lo) / 2;
            lo = Math.min(lo, mid - minSpan / 2);
            hi = Math.max(hi, mid + minSpan / 2);
        }
        double inner = bottom - top - 2 * pad;
        double perLog = inner / (hi - lo);
        return new RatioAxis(lo - pad / perLog, hi + pad / perLog, top, bottom);
    }

    /** ln(1 + p/100), the position of a percentage before scaling. */
    static double log(double percent) {
        // A ratio at or below 0 cannot come from two positive times; clamp it to the axis limit.
        double ratio = 1 + percent / 100;
        return ratio <= 0 ? -Math.log(LIMIT) : Math.log(ratio);
    }

    /** The pixel row of a percentage, clamped to the axis ends. */
    double y(double percent) {
        double l = Math.max(logMin, Math.min(logMax, log(percent)));
        return bottom - (l - logMin) / (logMax - logMin) * (bottom - top);
    }

    /** Whether a percentage lies beyond the axis (drawn cut at the edge). */
    boolean isCut(double percent) {
        double l = log(percent);
        return l < logMin || l > logMax;
    }

    double top() {
        return top;
    }

    double bottom() {
        return bottom;
    }

    /** The tick percentages from bottom to top: 0% and a symmetric set of ratios around it, at least TICK_GAP apart. */
    List<Double> ticks() {
        double perLog = (bottom - top) / (logMax - logMin);
        List<Double> logs = new ArrayList<>();
        double last = 0;
        for (double r : LADDER) {
            double d = Math.log(r);
            if ((d - last) * perLog >= TICK_GAP) {
                logs.add(d);
                last = d;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (int i = logs.size() - 1; i >= 0; i--) {
            if (-logs.get(i) >= logMin) {
                ticks.add(percentOf(-logs.get(i)));
            }
        }
        ticks.add(0.0);
        for (double d : logs) {
            if (d <= logMax) {
                ticks.add(percentOf(d));
            }
        }
        return ticks;
    }

    /** A tick's label, e.g. {@code +100%} or {@code -50%}. */
    static String label(double tickPercent) {
        return Format.tickPercent(tickPercent);
    }

    private static double percentOf(double log) {
        return (Math.exp(log) - 1) * 100;
    }
}
