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
 */
public record ForkSample(String scenario, String mode, int round, int position, String unit,
                         List<Double> iterations, double allocBytesPerOp, ForkVm vm) {

    public ForkSample {
        iterations = List.copyOf(iterations);
        if (iterations.isEmpty()) {
            throw new IllegalArgumentException("a fork needs at least one measured iteration");
        }
    }

    /** A fork whose JVM is not recorded (statistics tests). */
    public ForkSample(String scenario, String mode, int round, int position, String unit, List<Double> iterations,
                      double allocBytesPerOp) {
        this(scenario, mode, round, position, unit, iterations, allocBytesPerOp, null);
    }

    /** This fork with its JVM's own compiler line added. */
    public ForkSample withCompiler(String compiler) {
        return new ForkSample(scenario, mode, round, position, unit, iterations, allocBytesPerOp,
                vm == null ? null : vm.withCompiler(compiler));
    }

    /** The fork's mean score: the unit the statistics work with (iterations inside a fork are autocorrelated). */
    public double mean() {
        double s = 0;
        for (double v : iterations) {
            s += v;
        }
        return s / iterations.size();
    }
}
