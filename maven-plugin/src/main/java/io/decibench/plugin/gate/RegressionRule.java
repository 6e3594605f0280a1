package io.decibench.plugin.gate;

/**
 * The verdict rules of the site's "Verdicts" page, applied in this order: FAIL when the change is at least the fail
 * threshold and the interval's lower bound exceeds the warn threshold; WARN when the change is at least the warn
 * threshold and the lower bound exceeds 0; PASS when the upper bound is below the fail threshold; INCONCLUSIVE
 * otherwise (the data cannot rule out a failing regression), and without an interval. Allocation has no interval
 * and is gated by its tolerance alone.
 */
public final class RegressionRule {

    /**
     * Allocation differences up to this many bytes per operation never fail: JMH's gc.alloc.rate.norm jitters by a
     * few bytes (TLAB sampling), which would otherwise fail a zero-allocation baseline.
     */
    public static final double ALLOC_SLACK_BYTES = 16;

    private RegressionRule() {
    }

    public static Verdict verdict(Change c, Thresholds t) {
        if (!c.hasCi()) {
            return Verdict.INCONCLUSIVE;
        }
        if (c.change() >= t.fail() && c.ciLow() > t.warn()) {
            return Verdict.FAIL;
        }
        if (c.change() >= t.warn() && c.ciLow() > 0) {
            return Verdict.WARN;
        }
        if (c.ciHigh() < t.fail()) {
            return Verdict.PASS;
        }
        return Verdict.INCONCLUSIVE;
    }

    /** FAIL when the current allocation exceeds baseline x (1 + tolerance) by more than {@link #ALLOC_SLACK_BYTES}. */
    public static Verdict allocVerdict(double baselineBytes, double currentBytes, Thresholds t) {
        boolean beyondTolerance = currentBytes > baselineBytes * (1 + t.allocTolerance());
        boolean beyondJitter = currentBytes - baselineBytes > ALLOC_SLACK_BYTES;
        return beyondTolerance && beyondJitter ? Verdict.FAIL : Verdict.PASS;
    }
}
