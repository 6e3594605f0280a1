package io.decibench.plugin.mojo;

import io.decibench.plugin.bench.BenchmarkRequest;
import io.decibench.plugin.bench.ForkCommand;
import io.decibench.plugin.bench.Measurement;
import io.decibench.plugin.bench.Slowdown;
import io.decibench.plugin.bench.SuiteSelection;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Duration;

/**
 * The goals that measure under JMH ({@code benchmark} and {@code calibrate}, which run the benchmark's fork
 * schedule): how many rounds, each fork's warm-up and measured iterations, the target, the contention guard. Unset
 * measurement values come from the default or the quick preset; each value set here wins over the preset.
 */
public abstract class AbstractBenchmarkMojo extends AbstractForkingMojo {

    /** Rounds: each runs one JMH fork per scenario x mode. Property {@code decibench.runs}, default 6 (quick: 3). */
    @Parameter(property = "decibench.runs")
    protected Integer runs;

    /** JMH warm-up iterations per fork. Property {@code decibench.warmupIterations}, default 8 (quick: 12). */
    @Parameter(property = "decibench.warmupIterations")
    protected Integer warmupIterations;

    /** Duration of a warm-up iteration, e.g. 300ms or 1s. Property {@code decibench.warmupTime}, default 300ms (quick: 100ms). */
    @Parameter(property = "decibench.warmupTime")
    protected String warmupTime;

    /** JMH measured iterations per fork. Property {@code decibench.iterations}, default 5 (quick: 9). */
    @Parameter(property = "decibench.iterations")
    protected Integer iterations;

    /** Duration of a measured iteration, e.g. 200ms or 1s. Property {@code decibench.iterationTime}, default 200ms (quick: 100ms). */
    @Parameter(property = "decibench.iterationTime")
    protected String iterationTime;

    /** Overhead target in percent, recorded with the results and judged against. Property {@code decibench.target}, default 30. */
    @Parameter(property = "decibench.target", defaultValue = "30")
    protected double targetPercent;

    /** History of runs, one JSON line each, for trends; outside target/ so that mvn clean keeps it. Property {@code decibench.historyFile}, default <code>${project.basedir}/.decibench/history.jsonl</code>. */
    @Parameter(property = "decibench.historyFile", defaultValue = DefaultPaths.HISTORY_FILE)
    protected File historyFile;

    /**
     * Run even while another JMH run on the machine holds JMH's lock, instead of waiting for it. Only for plumbing
     * tests: timings taken side by side are meaningless. Property {@code decibench.ignoreJmhLock}, default false.
     */
    @Parameter(property = "decibench.ignoreJmhLock", defaultValue = "false")
    protected boolean ignoreJmhLock;

    /**
     * CPU (in cores, averaged over a fork) that other processes may use before the fork counts as contended and is
     * re-run once; a run that stays contended never fails the gate. A negative value switches the guard off.
     * Property {@code decibench.contentionLimit}, default 0.25.
     */
    @Parameter(property = "decibench.contentionLimit", defaultValue = "0.25")
    protected double contentionLimit;

    /** What to run, with these parameters; {@code slowdown} is {@link Slowdown#NONE} for a real measurement. */
    protected BenchmarkRequest request(SuiteSelection selection, Slowdown slowdown) throws MojoExecutionException {
        return new BenchmarkRequest(selection, measurement(), quick, targetPercent, bundleDirectory.toPath(),
                resultsDirectory.toPath(), historyFile.toPath(), Duration.ofSeconds(forkTimeout), jvmArgList(),
                requireNative, ignoreJmhLock, forkClasspath(), ForkCommand.currentJava(), catalog(), slowdown,
                contentionLimit < 0 ? null : contentionLimit);
    }

    /** The quick or default preset with every explicitly set parameter taking precedence. */
    protected Measurement measurement() throws MojoExecutionException {
        try {
            return (quick ? Measurement.QUICK : Measurement.DEFAULT)
                    .override(runs, warmupIterations, warmupTime, iterations, iterationTime);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
