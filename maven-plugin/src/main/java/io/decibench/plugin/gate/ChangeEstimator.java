package io.decibench.plugin.gate;

import io.decibench.plugin.stats.StudentT;
import java.util.List;

/**
 * Estimates the relative change between a baseline and a current measurement with a 95% confidence interval from
 * their samples (per-fork means, or paired overhead ratios): Welch's t on the difference of the log-sample means.
 * The interval is centred on {@code ln(current / baseline)} so the reported change always lies inside it.
 */
public final class ChangeEstimator {

    /** Two-sided confidence of the change interval. */
    public static final double CONFIDENCE = 0.95;

    private ChangeEstimator() {
    }

    /**
     * @param baseline        the baseline's point value (> 0)
     * @param current         the current point value (> 0)
     * @param baselineSamples the samples behind the baseline value (its per-fork means or pair ratios)
     * @param currentSamples  the samples behind the current value
     */
    public static Change estimate(double baseline, double current, List<Double> baselineSamples,
                                  List<Double> currentSamples) {
        if (!(baseline > 0) || !(current > 0)) {
            throw new IllegalArgumentException("relative change needs positive values, got baseline " + baseline
                    + " and current " + current);
        }
        double logChange = Math.log(current / baseline);
        double change = Math.expm1(logChange);
        LogMoments b = LogMoments.of(baselineSamples);
        LogMoments c = LogMoments.of(currentSamples);
        if (b == null || c == null) {
            return Change.withoutCi(change);
        }
        double vb = b.variance() / b.n();
        double vc = c.variance() / c.n();
        double se2 = vb + vc;
        if (se2 == 0) {
            return new Change(change, change, change);
        }
        double df = se2 * se2 / (vb * vb / (b.n() - 1) + vc * vc / (c.n() - 1));
        double half = StudentT.critical(CONFIDENCE, df) * Math.sqrt(se2);
        return new Change(change, Math.expm1(logChange - half), Math.expm1(logChange + half));
    }

    /** Sample count, mean and unbiased variance of the logs; null when there are too few or non-positive samples. */
    private record LogMoments(int n, double mean, double variance) {

        static LogMoments of(List<Double> samples) {
            if (samples == null || samples.size() < 2) {
                return null;
            }
            double sum = 0;
            for (double s : samples) {
                if (!(s > 0) || Double.isInfinite(s)) {
                    return null;
                }
                sum += Math.log(s);
            }
            double mean = sum / samples.size();
            double ss = 0;
            for (double s : samples) {
                double d = Math.log(s) - mean;
                ss += d * d;
            }
            return new LogMoments(samples.size(), mean, ss / (samples.size() - 1));
        }
    }
}
