package io.decibench.plugin.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Estimates an exact mode's overhead over a reference mode from paired fork means: the candidate's fork of round r
 * with the reference's fork of the same round, so drift of the machine across rounds cancels in each ratio.
 */
public final class OverheadEstimator {

    private final double confidence;

    /** An estimator for two-sided {@code confidence} intervals (e.g. 0.95). */
    public OverheadEstimator(double confidence) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        this.confidence = confidence;
    }

    /**
     * Pairs fork means by round (rounds present in only one map are left out) and estimates the overhead.
     *
     * @param referenceByRound the reference mode's fork mean per round (see the site's "Glossary" page)
     * @param candidateByRound the exact mode's fork mean per round
     */
    public OverheadEstimate estimate(Map<Integer, Double> referenceByRound, Map<Integer, Double> candidateByRound) {
        List<Double> ratios = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : new TreeMap<>(candidateByRound).entrySet()) {
            Double base = referenceByRound.get(e.getKey());
            if (base != null) {
                ratios.add(e.getValue() / base);
            }
        }
        return fromRatios(ratios);
    }

    /** Overhead and CI from paired ratios: mean of ln(ratio) +/- t(n-1) * sd / sqrt(n), exponentiated, minus 1. */
    public OverheadEstimate fromRatios(List<Double> ratios) {
        if (ratios.isEmpty()) {
            return OverheadEstimate.none();
        }
        double[] logs = new double[ratios.size()];
        for (int i = 0; i < logs.length; i++) {
            double r = ratios.get(i);
            if (!(r > 0.0) || !Double.isFinite(r)) {
                throw new IllegalArgumentException("a time ratio must be positive and finite, got " + r
                        + " in " + ratios);
            }
            logs[i] = Math.log(r);
        }
        int n = logs.length;
        double mean = 0;
        for (double l : logs) {
            mean += l;
        }
        mean /= n;
        if (n < 2) {
            return OverheadEstimate.fromLog(ratios, mean, null, null, confidence);
        }
        double se = SampleSummary.standardDeviation(logs, mean) / Math.sqrt(n);
        return OverheadEstimate.fromLog(ratios, mean, se, (double) (n - 1), confidence);
    }
}
