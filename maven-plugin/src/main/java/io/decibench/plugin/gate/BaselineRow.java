package io.decibench.plugin.gate;

import com.fasterxml.jackson.annotation.JsonIgnore;
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

    /** The per-fork means, or the time mean alone when a hand-written row has none; empty without a time. */
    @JsonIgnore
    public List<Double> timeSamples() {
        return samplesOr(forkMeans, timeMean);
    }

    /** The pair ratios, or the overhead ratio alone when a hand-written row has none; empty for float. */
    @JsonIgnore
    public List<Double> ratioSamples() {
        return samplesOr(pairRatios, overheadRatio);
    }

    /** The samples behind a value, or the value alone when they were not recorded. */
    static List<Double> samplesOr(List<Double> samples, Double value) {
        if (!samples.isEmpty()) {
            return samples;
        }
        return value == null ? List.of() : List.of(value);
    }

    /** Whether this row is for the given scenario x mode. */
    public boolean is(String scenarioName, String modeName) {
        return scenario.equals(scenarioName) && mode.equals(modeName);
    }
}
