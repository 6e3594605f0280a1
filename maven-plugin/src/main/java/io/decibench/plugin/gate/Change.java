package io.decibench.plugin.gate;

/**
 * A relative change {@code current / baseline - 1} and its confidence interval at the row's share of the run's error
 * budget; the bounds are NaN when no interval exists.
 *
 * @param confidence two-sided confidence of the interval (e.g. 0.9963), NaN without an interval
 */
public record Change(double change, double ciLow, double ciHigh, double confidence) {

    /** A change known without sampling error (or with too few samples for an interval). */
    public static Change withoutCi(double change) {
        return new Change(change, Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean hasCi() {
        return !Double.isNaN(ciLow) && !Double.isNaN(ciHigh);
    }
}
