package io.decibench.plugin.stats;

import java.util.List;

/**
 * An overhead (candidate time / baseline time - 1) with its confidence interval, estimated on the log scale.
 * Percent fields are null when undefined: everything with no pairs, the CI with fewer than two.
 *
 * @param pairRatios        the paired ratios it came from (empty for a combined, overall estimate)
 * @param logMean           mean of ln(ratio)
 * @param logStandardError  standard error of {@code logMean}
 * @param degreesOfFreedom  t degrees of freedom of the CI (Welch-Satterthwaite for a combined estimate)
 */
public record OverheadEstimate(List<Double> pairRatios, Double logMean, Double logStandardError,
                               Double degreesOfFreedom, Double overheadPercent, Double ciLowPercent,
                               Double ciHighPercent) {

    public OverheadEstimate {
        pairRatios = List.copyOf(pairRatios);
    }

    static OverheadEstimate none() {
        return new OverheadEstimate(List.of(), null, null, null, null, null, null);
    }

    /** Builds the estimate from its log-scale parameters; without a standard error the CI stays null. */
    static OverheadEstimate fromLog(List<Double> ratios, double logMean, Double logSe, Double df, double confidence) {
        double point = percent(logMean);
        if (logSe == null || df == null) {
            return new OverheadEstimate(ratios, logMean, null, null, point, null, null);
        }
        // Zero spread (identical pairs) gives a degenerate CI: the point itself, not a division by zero.
        double half = logSe == 0 ? 0 : StudentT.critical(confidence, df) * logSe;
        return new OverheadEstimate(ratios, logMean, logSe, df, point, percent(logMean - half),
                percent(logMean + half));
    }

    private static double percent(double logRatio) {
        return (Math.exp(logRatio) - 1.0) * 100.0;
    }

    /** Whether a confidence interval exists. */
    public boolean hasCi() {
        return ciLowPercent != null;
    }
}
