package io.decibench.plugin.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The measurements of one scenario x mode. Statistics are over fork means (iterations inside a fork are
 * autocorrelated); they are null when the mode was not measured, the CI also when there was only one fork.
 *
 * @param reason          why the mode was not measured, null when {@code status} is OK
 * @param forkMeans       per fork (in round order) the mean of its iterations
 * @param samples         per fork its measurement iterations
 * @param allocBytesPerOp mean JMH gc.alloc.rate.norm over forks, null when not measured
 * @param nsPerBar        the mean time per backtest in nanoseconds divided by the scenario's bars per backtest;
 *                        null when the bar count or a time unit is unknown
 * @param extraNsPerBar   {@code nsPerBar} minus that of the mode's same-engine reference (its engine's binary-float
 *                        mode) in the same scenario; null for the reference itself or when it was not measured
 * @param forkLoads       per fork (in round order) how busy the machine was while it ran (empty in older files)
 */
public record ModeResult(String scenario, String mode, ModeStatus status, String reason, String unit,
                         List<Double> forkMeans, List<List<Double>> samples, Double mean, Double median,
                         Double min, Double max, Double ciLow, Double ciHigh, Double allocBytesPerOp,
                         Double nsPerBar, Double extraNsPerBar, List<ForkLoad> forkLoads) {

    @JsonCreator
    public ModeResult {
        forkMeans = forkMeans == null ? List.of() : List.copyOf(forkMeans);
        samples = samples == null ? List.of() : samples.stream().map(List::copyOf).toList();
        forkLoads = forkLoads == null ? List.of() : List.copyOf(forkLoads);
    }

    /** A row without per-bar figures and whose forks' load was not sampled. */
    public ModeResult(String scenario, String mode, ModeStatus status, String reason, String unit,
                      List<Double> forkMeans, List<List<Double>> samples, Double mean, Double median, Double min,
                      Double max, Double ciLow, Double ciHigh, Double allocBytesPerOp) {
        this(scenario, mode, status, reason, unit, forkMeans, samples, mean, median, min, max, ciLow, ciHigh,
                allocBytesPerOp, null, null, List.of());
    }

    /** A row for a mode that has no samples. */
    public static ModeResult notMeasured(String scenario, String mode, ModeStatus status, String reason) {
        return new ModeResult(scenario, mode, status, reason, "ms/op", List.of(), List.of(),
                null, null, null, null, null, null, null);
    }

    /** This row with its per-bar figures. */
    public ModeResult withPerBar(Double ns, Double extraNs) {
        return new ModeResult(scenario, mode, status, reason, unit, forkMeans, samples, mean, median, min, max, ciLow,
                ciHigh, allocBytesPerOp, ns, extraNs, forkLoads);
    }

    /** Whether this row carries measurements. */
    @JsonIgnore
    public boolean isOk() {
        return status == ModeStatus.OK;
    }
}
