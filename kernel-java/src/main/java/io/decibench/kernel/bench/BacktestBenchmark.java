package io.decibench.kernel.bench;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.scenario.ResolvedScenario;
import io.decibench.kernel.scenario.ScenarioRegistry;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Scenario;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark the plugin runs: one whole backtest of a scenario in one mode per operation. Opening the bundle and
 * preparing the kernel happen once per trial; only {@link #run()} is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BacktestBenchmark {
    /** Where bundles live when neither {@code bundleDir} nor {@code -Ddecibench.bundleDir} says otherwise. */
    static final String DEFAULT_BUNDLE_DIR = "target/decibench/bundles";

    /** A built-in scenario's name (or the display name of a custom one). */
    @Param("daily")
    public String scenario;

    /** {@code float}, {@code decimal} or {@code decimal-native}. */
    @Param("float")
    public String mode;

    /** The bundle directory; empty: system property {@code decibench.bundleDir}, else {@value #DEFAULT_BUNDLE_DIR}. */
    @Param("")
    public String bundleDir;

    /**
     * Empty for a built-in scenario; else a class implementing {@link Scenario} or
     * {@link io.decibench.kernel.spi.ModeSpecificScenario} with a public no-arg constructor.
     */
    @Param("")
    public String scenarioClass;

    /** The bundle to run on; empty: the scenario's own. */
    @Param("")
    public String bundle;

    /**
     * Empty for a real measurement. Else an injected regression for calibrating the plugin's gate: each operation
     * does this fraction of its own time in extra CPU work (see {@link InjectedWork}).
     */
    @Param("")
    public String slowdown;

    private Backtest backtest;
    private InjectedWork injected;

    @Setup(Level.Trial)
    public void prepare() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ResolvedScenario resolved = new ScenarioRegistry(loader).resolve(scenario, scenarioClass, bundle);
        Bundle data = new BundleStore(bundleDirectory(bundleDir)).open(resolved.bundle());
        backtest = resolved.prepare(mode, data, ExecutionRules.DEFAULT, Kernels.load(loader));
        injected = InjectedWork.of(slowdown);
        // Into the fork's log: the plugin records which compilers measured this fork.
        System.out.println(MeasuredJvm.line());
    }

    @Benchmark
    public BacktestResult run() {
        return injected == null ? backtest.run() : injected.run(backtest);
    }

    static Path bundleDirectory(String param) {
        if (param != null && !param.isBlank()) {
            return Path.of(param);
        }
        return Path.of(System.getProperty("decibench.bundleDir", DEFAULT_BUNDLE_DIR));
    }
}
