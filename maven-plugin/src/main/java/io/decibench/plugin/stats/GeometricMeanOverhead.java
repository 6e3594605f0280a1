package io.decibench.plugin.stats;

import java.util.List;

/**
 * Combines per-scenario overheads of one mode into an overall overhead: the geometric mean of (1 + overhead),
 * minus 1, with a CI from the per-scenario log-means, their variances summed over k^2 and Welch-Satterthwaite
 * degrees of freedom.
 */
public final class GeometricMeanOverhead {

    private final double confidence;

    /** A combiner for two-sided {@code confidence} intervals (e.g. 0.95). */
    public GeometricMeanOverhead(double confidence) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        this.confidence = confidence;
    }

    /**
     * The overall estimate; scenarios without a point estimate are left out. The CI is null unless every
     * included scenario has one.
     */
    public OverheadEstimate combine(List<OverheadEstimate> scenarios) {
        List<OverheadEstimate> usable = scenarios.stream().filter(e -> e.logMean() != null).toList();
        if (usable.isEmpty()) {
            return OverheadEstimate.none();
        }
        int k = usable.size();
        double logMean = usable.stream().mapToDouble(OverheadEstimate::logMean).sum() / k;
        if (!usable.stream().allMatch(OverheadEstimate::hasCi)) {
            return OverheadEstimate.fromLog(List.of(), logMean, null, null, confidence);
        }
        double varSum = 0;
        double dfDenominator = 0;
        for (OverheadEstimate e : usable) {
            double v = e.logStandardError() * e.logStandardError();
            varSum += v;
            dfDenominator += v * v / e.degreesOfFreedom();
        }
        double se = Math.sqrt(varSum) / k;
        // With zero variance everywhere df is 0/0; any df gives the same (degenerate) interval.
        double df = dfDenominator == 0
                ? usable.stream().mapToDouble(OverheadEstimate::degreesOfFreedom).sum()
                : varSum * varSum / dfDenominator;
        return OverheadEstimate.fromLog(List.of(), logMean, se, df, confidence);
    }
}
