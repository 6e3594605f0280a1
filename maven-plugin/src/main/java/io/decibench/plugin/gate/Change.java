package io.decibench.plugin.gate;

/**
 * A relative change {@code current / baseline - 1} and its 95% confidence interval; the CI bounds are NaN when
 * it is undefined (fewer than two samples on a side).
 */
public record Change(double change, double ciLow, double ciHigh) {

    /** A change known without sampling error (or with too few samples for an interval). */
    public static Change withoutCi(double change) {
        return new Change(change, Double.NaN, Double.NaN);
    }

    public boolean hasCi() {
        return !Double.isNaN(ciLow) && !Double.isNaN(ciHigh);
    }
}
