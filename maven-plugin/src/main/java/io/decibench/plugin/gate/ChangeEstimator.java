package io.decibench.plugin.gate;

import io.decibench.plugin.stats.StudentT;
import java.util.List;
import java.util.Optional;

/**
 * Estimates the relative change between baseline and current samples (per-fork means, or paired overhead ratios)
 * on the log scale: the change is the ratio of their geometric means minus 1, its 95% confidence interval comes from
 * Welch's t on the difference of the log means. Working on logs keeps one slow fork from dragging the estimate.
 */
public final class ChangeEstimator {

    /** Two-sided confidence of the change interval. */
    public static final double CONFIDENCE = 0.95;

    private ChangeEstimator() {
    }

    /**
     * The change of {@code current} over {@code baseline}; without an interval when a side has fewer than two
     * samples; empty when a side has no samples or a non-positive or non-finite one (no ratio is defined).
     */
    public static Optional<Change> estimate(List<Double> baseline, List<Double> current) {
        LogMoments b = LogMoments.of(baseline);
        LogMoments c = LogMoments.of(current);
        if (b == null || c == null) {
            return Optional.empty();
        }
        double logChange = c.mean() - b.mean();
        double change = Math.expm1(logChange);
        if (b.n() < 2 || c.n() < 2) {
            return Optional.of(Change.withoutCi(change));
        }
        double vb = b.variance() / b.n();
        double vc = c.variance() / c.n();
        double se2 = vb + vc;
        if (se2 == 0) {
            return Optional.of(new Change(change, change, change));
        }
        double df = se2 * se2 / (vb * vb / (b.n() - 1) + vc * vc / (c.n() - 1));
        double half = StudentT.critical(CONFIDENCE, df) * Math.sqrt(se2);
        return Optional.of(new Change(change, Math.expm1(logChange - half), Math.expm1(logChange + half)));
    }

    /** exp(mean(ln x)): the value a change is measured from; NaN when a sample is not positive. */
    public static double geometricMean(List<Double> samples) {
        LogMoments m = LogMoments.of(samples);
        return m == null ? Double.NaN : Math.exp(m.mean());
    }

    /** Sample count, mean and unbiased variance (NaN for one sample) of the logs; null when undefined. */
    private record LogMoments(int n, double mean, double variance) {

        static LogMoments of(List<Double> samples) {
            if (samples == null || samples.isEmpty()) {
                return null;
            }
            double sum = 0;
            for (Double s : samples) {
                if (s == null || !(s > 0) || Double.isInfinite(s)) {
                    return null;
                }
                sum += Math.log(s);
            }
            int n = samples.size();
            double mean = sum / n;
            double ss = 0;
            for (double s : samples) {
                double d = Math.log(s) - mean;
                ss += d * d;
            }
            return new LogMoments(n, mean, n < 2 ? Double.NaN : ss / (n - 1));
        }
    }
}
