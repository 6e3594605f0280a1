package io.decibench.kernel.bench;

import io.decibench.kernel.backtest.FusedReferences;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;

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
 * The hand-written fused reference loops ({@link FusedReferences}) of {@code daily} and {@code minute} in
 * {@code double}, {@code BigDecimal} and scaled {@code long}, measured like {@link BacktestBenchmark} measures the
 * engine (same bundles, one whole backtest per operation), so that one JMH run gives engine / reference per mode:
 * {@code -p scenario=daily,minute} on both benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FusedReferenceBenchmark {
    @Param({"daily", "minute"})
    public String scenario;

    @Param({"DOUBLE", "LONG", "BIGDECIMAL"})
    public FusedReferences.Arithmetic arithmetic;

    /** As {@link BacktestBenchmark#bundleDir}. */
    @Param("")
    public String bundleDir;

    private FusedReferences references;

    @Setup(Level.Trial)
    public void prepare() {
        String bundle = BuiltinScenarios.byName(scenario).orElseThrow().bundle();
        references = new FusedReferences(new BundleStore(BacktestBenchmark.bundleDirectory(bundleDir)).open(bundle),
                ExecutionRules.DEFAULT);
        System.out.println(MeasuredJvm.line());
    }

    @Benchmark
    public BacktestResult run() {
        return references.run(scenario, arithmetic);
    }
}
