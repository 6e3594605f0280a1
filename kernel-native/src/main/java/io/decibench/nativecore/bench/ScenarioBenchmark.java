package io.decibench.nativecore.bench;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Presets;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Scenario;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole backtest per operation, for every built-in scenario in every mode, on the preset bundles (generated into
 * {@code -Ddecibench.bundles=DIR}, default {@code target/decibench/bundles}, when missing). Lets the native module
 * measure its overhead against {@code float} and {@code decimal} without the plugin.
 *
 * <p>Run: {@code java -cp <kernel-native classpath> org.openjdk.jmh.Main ScenarioBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ScenarioBenchmark {
    @Param({"daily", "hourly", "minute"})
    public String scenario;

    @Param({"float", "decimal", "decimal-native"})
    public String mode;

    private Backtest backtest;

    @Setup
    public void prepare() {
        Scenario s = BuiltinScenarios.byName(scenario)
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + scenario));
        BundleStore store = new BundleStore(Path.of(System.getProperty("decibench.bundles", "target/decibench/bundles")));
        store.ensure(Presets.byName(s.bundle()).orElseThrow());
        Bundle bundle = store.open(s.bundle());
        backtest = Kernels.load().require(mode).prepare(bundle, s, ExecutionRules.DEFAULT);
    }

    @Benchmark
    public BacktestResult backtest() {
        return backtest.run();
    }
}
