package io.decibench.plugin.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Descriptive statistics and a two-sided Student t confidence interval for the mean of a small sample
 * (in Decibench: the fork means of one scenario x mode).
 *
 * @param sd     sample standard deviation (n - 1), null when n = 1
 * @param ciLow  lower bound of the mean's CI, null when n = 1
 * @param ciHigh upper bound of the mean's CI, null when n = 1
 */
public record SampleSummary(int n, double mean, double median, double min, double max,
                            Double sd, Double ciLow, Double ciHigh, double confidence) {

    /** Summarises {@code values} (finite, at least one) with a {@code confidence} (e.g. 0.95) t interval. */
    public static SampleSummary of(List<Double> values, double confidence) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a summary needs at least one value");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("sample values must be finite, got " + values);
            }
        }
        int n = sorted.length;
        double mean = Arrays.stream(sorted).sum() / n;
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        if (n == 1) {
            return new SampleSummary(1, mean, median, mean, mean, null, null, null, confidence);
        }
        double sd = standardDeviation(sorted, mean);
        double half = StudentT.critical(confidence, n - 1) * sd / Math.sqrt(n);
        return new SampleSummary(n, mean, median, sorted[0], sorted[n - 1], sd, mean - half, mean + half,
                confidence);
    }

    /** Sample standard deviation with the n - 1 denominator. */
    static double standardDeviation(double[] values, double mean) {
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /** Half the CI's width relative to the mean (0.05 = +/- 5 %), null without a CI. */
    public Double relativeHalfWidth() {
        return ciHigh == null || mean == 0 ? null : (ciHigh - ciLow) / 2.0 / Math.abs(mean);
    }
}
