package io.decibench.plugin.gate;

import java.util.List;

/**
 * The baseline of one scenario x mode: what a later run is compared with.
 *
 * @param overheadRatio   1 + overhead (decimal time / float time, geometric mean of the pair ratios); null for float
 * @param pairRatios      the paired ratios the overhead ratio came from (empty for float)
 * @param timeMean        mean of the fork means, in {@code unit}
 * @param forkMeans       per fork its mean time, in {@code unit}
 * @param allocBytesPerOp JMH gc.alloc.rate.norm, null when not measured
 */
public record BaselineRow(String scenario, String mode, String unit, Double overheadRatio, List<Double> pairRatios,
                          Double timeMean, List<Double> forkMeans, Double allocBytesPerOp) {

    public BaselineRow {
        if (scenario == null || mode == null) {
            throw new IllegalArgumentException("a baseline row needs \"scenario\" and \"mode\"");
        }
        pairRatios = pairRatios == null ? List.of() : List.copyOf(pairRatios);
        forkMeans = forkMeans == null ? List.of() : List.copyOf(forkMeans);
    }

    /** Whether this row is for the given scenario x mode. */
    public boolean is(String scenarioName, String modeName) {
        return scenario.equals(scenarioName) && mode.equals(modeName);
    }
}
