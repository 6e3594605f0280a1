package io.decibench.kernel.bench;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Frequency;
import io.decibench.kernel.scenario.ResolvedScenario;
import io.decibench.kernel.scenario.ScenarioRegistry;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost growth: the {@code minute} strategy on user bundles of one year of minute bars with 1, 10 and 100 assets
 * (about 10^5, 10^6 and 10^7 bars) in each mode. The secondary metric {@code barsProcessed} is the time per bar; it
 * (ns/op of barsProcessed = ns per bar) should stay flat as the bundle grows. Bundles are generated on first use into {@code bundleDir} (default: the temp
 * folder's {@code decibench-scale-bundles}) and kept. The capital grows with the assets (100,000 each, as if each
 * asset were its own portfolio): with the default 100,000 for all of them, 100 shares of every asset overdraw the
 * portfolio and the metrics refuse a non-positive value. Run with decibench-kernel-native on the classpath for
 * {@code float-native} and {@code decimal-native} (or {@code -p mode=float,decimal-fixed,decimal} without it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScaleBenchmark {
    /** Bars of one asset over 2024's XNYS sessions (249 full days x 390 + 3 early closes x 210). */
    static final int BARS_PER_ASSET_YEAR = 97_740;

    /** Nominal bundle size: bars / 10^5 assets (at least 1) of one year of minutes, 97,740 bars each. */
    @Param({"100000", "1000000", "10000000"})
    public int bars;

    @Param({"float", "decimal-fixed", "decimal", "float-native", "decimal-native"})
    public String mode;

    /** Where the scale bundles live; empty: {@code java.io.tmpdir/decibench-scale-bundles}. */
    @Param("")
    public String bundleDir;

    private Backtest backtest;
    private long barCount;

    /** Counts bars so JMH reports time per bar next to time per backtest. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bars {
        public long barsProcessed;

        @Setup(Level.Iteration)
        public void reset() {
            barsProcessed = 0;
        }
    }

    /** The scale bundle for a nominal size: one year of minutes of bars / 10^5 assets (2.3% under nominal). */
    static BundleSpec spec(int bars) {
        int assets = Math.max(1, bars / 100_000);
        return new BundleSpec("scale-minute-" + assets, Frequency.MINUTE, assets, LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 12, 31), 20_240_102L + assets);
    }

    @Setup(Level.Trial)
    public void prepare() {
        Path dir = bundleDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "decibench-scale-bundles")
                : Path.of(bundleDir);
        BundleSpec spec = spec(bars);
        BundleStore store = new BundleStore(dir);
        store.ensure(spec);
        Bundle bundle = store.open(spec.name());
        barCount = bundle.barCount();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ResolvedScenario minute = new ScenarioRegistry(loader).resolve("minute", "", spec.name());
        backtest = minute.prepare(mode, bundle, rules(spec.assets()), Kernels.load(loader));
    }

    static ExecutionRules rules(int assets) {
        ExecutionRules d = ExecutionRules.DEFAULT;
        return new ExecutionRules(d.capital().multiply(BigDecimal.valueOf(assets)), d.slippageBps(),
                d.volumeLimitPercent(), d.commissionPerShare(), d.periodsPerYear());
    }

    @Benchmark
    public BacktestResult run(Bars counter) {
        counter.barsProcessed += barCount;
        return backtest.run();
    }
}
