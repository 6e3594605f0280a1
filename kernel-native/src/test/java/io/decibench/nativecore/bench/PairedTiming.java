package io.decibench.nativecore.bench;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A developer's tool, not a measurement to publish: two or more modes of a preset timed in alternation (ABAB...,
 * rounds of a few runs each, thread CPU time), so that a shared machine's drifting load hits them alike; prints the
 * median CPU time per bar of each mode and the median of the per-round ratios to the first mode with a 95% interval
 * of their geometric mean. Published figures
 * come from JMH ({@code BacktestBenchmark}).
 *
 * <p>Run: {@code java -cp <kernel-native test classpath> io.decibench.nativecore.bench.PairedTiming <bundleDir>
 * <rounds> <mode,mode,...> [scenario,...]}
 */
public final class PairedTiming {
    private PairedTiming() {
    }

    public static void main(String[] args) {
        BundleStore store = new BundleStore(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        String[] modes = args[2].split(",");
        List<Scenario> scenarios = args.length > 3
                ? Arrays.stream(args[3].split(",")).map(n -> BuiltinScenarios.byName(n).orElseThrow()).toList()
                : BuiltinScenarios.ALL;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Kernels kernels = Kernels.load();
        for (Scenario s : scenarios) {
            Bundle bundle = store.open(s.bundle());
            Backtest[] backtests = new Backtest[modes.length];
            for (int m = 0; m < modes.length; m++) {
                backtests[m] = kernels.require(modes[m]).prepare(bundle, s, ExecutionRules.DEFAULT);
            }
            // About 20 ms of work per mode and round.
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) {
                backtests[0].run();
            }
            long each = Math.max(1, (threads.getCurrentThreadCpuTime() - start) / 20);
            int runs = (int) Math.max(1, 20_000_000L / each);
            // A second of CPU per mode first: the JIT must be done with the Java engines before anything counts.
            for (Backtest b : backtests) {
                long warm = threads.getCurrentThreadCpuTime();
                while (threads.getCurrentThreadCpuTime() - warm < 1_000_000_000L) {
                    b.run();
                }
            }
            List<double[]> perRound = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                double[] t = new double[modes.length];
                for (int k = 0; k < modes.length; k++) {
                    int m = r % 2 == 0 ? k : modes.length - 1 - k;
                    long t0 = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < runs; i++) {
                        backtests[m].run();
                    }
                    t[m] = (threads.getCurrentThreadCpuTime() - t0) / (double) runs / bundle.barCount();
                }
                perRound.add(t);
            }
            StringBuilder line = new StringBuilder(s.name() + ":");
            for (int m = 0; m < modes.length; m++) {
                int mode = m;
                double ns = median(perRound.stream().mapToDouble(t -> t[mode]).toArray());
                double[] logs = perRound.stream().mapToDouble(t -> Math.log(t[mode] / t[0])).toArray();
                double[] ci = interval(logs);
                line.append(String.format("  %s %.2f ns/bar (x%.3f [%.3f, %.3f])", modes[m], ns,
                        Math.exp(median(logs)), Math.exp(ci[0]), Math.exp(ci[1])));
            }
            System.out.println(line);
        }
    }

    /** A 95% interval of the mean (normal approximation; the rounds are the samples). */
    private static double[] interval(double[] v) {
        double mean = Arrays.stream(v).average().orElse(0);
        double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.length - 1);
        double half = 1.96 * Math.sqrt(var / v.length);
        return new double[] {mean - half, mean + half};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
