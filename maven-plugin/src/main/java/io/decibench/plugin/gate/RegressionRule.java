package io.decibench.plugin.gate;

/**
 * The verdict rules of the site's "Verdicts" page, applied in this order: FAIL when the change is at least the fail
 * threshold and its CI's lower bound exceeds the warn threshold; WARN when the change is at least the warn threshold
 * and the lower bound exceeds 0; INCONCLUSIVE when the CI's half-width {@code (ciHigh - ciLow) / 2} exceeds the fail
 * threshold (or there is no CI); PASS otherwise. Allocation has no CI and is gated by its tolerance alone.
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
        if ((c.ciHigh() - c.ciLow()) / 2 > t.fail()) {
            return Verdict.INCONCLUSIVE;
        }
        return Verdict.PASS;
    }

    /** FAIL when the current allocation exceeds baseline x (1 + tolerance) by more than {@link #ALLOC_SLACK_BYTES}. */
    public static Verdict allocVerdict(double baselineBytes, double currentBytes, Thresholds t) {
        boolean beyondTolerance = currentBytes > baselineBytes * (1 + t.allocTolerance());
        boolean beyondJitter = currentBytes - baselineBytes > ALLOC_SLACK_BYTES;
        return beyondTolerance && beyondJitter ? Verdict.FAIL : Verdict.PASS;
    }
}
