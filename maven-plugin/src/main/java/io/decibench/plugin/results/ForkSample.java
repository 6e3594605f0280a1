package io.decibench.plugin.results;

import java.util.List;

/**
 * One JMH fork of one scenario x mode: what the benchmark orchestration hands to the statistics.
 *
 * @param round           1-based round; forks of the same round and scenario are paired across modes
 * @param position        order of this fork within its round (0-based), for drift diagnostics
 * @param iterations      the fork's measurement iteration scores, in {@code unit}
 * @param allocBytesPerOp JMH gc.alloc.rate.norm, or NaN when not measured
 * @param vm              the JVM the fork ran, as recorded for it; null when unknown (tests)
 * @param load            how busy the machine was while it ran; {@link ForkLoad#UNKNOWN} when not sampled
 */
public record ForkSample(String scenario, String mode, int round, int position, String unit,
                         List<Double> iterations, double allocBytesPerOp, ForkVm vm, ForkLoad load) {

    public ForkSample {
        iterations = List.copyOf(iterations);
        if (iterations.isEmpty()) {
            throw new IllegalArgumentException("a fork needs at least one measured iteration");
        }
        load = load == null ? ForkLoad.UNKNOWN : load;
    }

    /** A fork whose load was not sampled. */
    public ForkSample(String scenario, String mode, int round, int position, String unit, List<Double> iterations,
                      double allocBytesPerOp, ForkVm vm) {
        this(scenario, mode, round, position, unit, iterations, allocBytesPerOp, vm, ForkLoad.UNKNOWN);
    }

    /** A fork whose JVM and load are not recorded (statistics tests). */
    public ForkSample(String scenario, String mode, int round, int position, String unit, List<Double> iterations,
                      double allocBytesPerOp) {
        this(scenario, mode, round, position, unit, iterations, allocBytesPerOp, null, ForkLoad.UNKNOWN);
    }

    /** This fork with its JVM's own compiler line added. */
    public ForkSample withCompiler(String compiler) {
        return new ForkSample(scenario, mode, round, position, unit, iterations, allocBytesPerOp,
                vm == null ? null : vm.withCompiler(compiler), load);
    }

    /** This fork with the machine's load while it ran. */
    public ForkSample withLoad(ForkLoad forkLoad) {
        return new ForkSample(scenario, mode, round, position, unit, iterations, allocBytesPerOp, vm, forkLoad);
    }

    /** The fork's mean score: the unit the statistics work with (iterations inside a fork are autocorrelated). */
    public double mean() {
        double s = 0;
        for (double v : iterations) {
            s += v;
        }
        return s / iterations.size();
    }

    /** The median of a non-empty list (the mean of the middle two for an even count). */
    public static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
