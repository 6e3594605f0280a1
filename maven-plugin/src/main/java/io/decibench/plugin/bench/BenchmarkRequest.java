package io.decibench.plugin.bench;

import io.decibench.plugin.config.ScenarioCatalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything one benchmark run needs, gathered by the mojo from its parameters.
 *
 * @param slowdown        injected regression (decibench.slowdown; calibration and tests), {@link Slowdown#NONE} else
 * @param contentionLimit cores other processes may use during a fork before it is re-run; null: guard off
 */
public record BenchmarkRequest(SuiteSelection selection, Measurement measurement, boolean quick, double targetPercent,
                               Path bundleDir, Path resultsDir, Path historyFile, Duration forkTimeout,
                               List<String> jvmArgs, boolean requireNative, boolean ignoreJmhLock,
                               ForkClasspath classpath, Path javaExecutable, ScenarioCatalog catalog,
                               Slowdown slowdown, Double contentionLimit) {

    /** A real measurement (no injected slowdown) without the contention guard. */
    public BenchmarkRequest(SuiteSelection selection, Measurement measurement, boolean quick, double targetPercent,
                            Path bundleDir, Path resultsDir, Path historyFile, Duration forkTimeout,
                            List<String> jvmArgs, boolean requireNative, boolean ignoreJmhLock,
                            ForkClasspath classpath, Path javaExecutable, ScenarioCatalog catalog) {
        this(selection, measurement, quick, targetPercent, bundleDir, resultsDir, historyFile, forkTimeout, jvmArgs,
                requireNative, ignoreJmhLock, classpath, javaExecutable, catalog, Slowdown.NONE, null);
    }

    /** A run of built-in scenarios only. */
    public BenchmarkRequest(SuiteSelection selection, Measurement measurement, boolean quick, double targetPercent,
                            Path bundleDir, Path resultsDir, Path historyFile, Duration forkTimeout,
                            List<String> jvmArgs, boolean requireNative, boolean ignoreJmhLock,
                            ForkClasspath classpath, Path javaExecutable) {
        this(selection, measurement, quick, targetPercent, bundleDir, resultsDir, historyFile, forkTimeout, jvmArgs,
                requireNative, ignoreJmhLock, classpath, javaExecutable, ScenarioCatalog.builtIn());
    }

    public BenchmarkRequest {
        jvmArgs = List.copyOf(jvmArgs);
        slowdown = slowdown == null ? Slowdown.NONE : slowdown;
        if (forkTimeout.isNegative() || forkTimeout.isZero()) {
            throw new IllegalArgumentException("decibench.forkTimeout must be at least 1 second, was "
                    + forkTimeout.toSeconds() + " (e.g. -Ddecibench.forkTimeout=600)");
        }
        if (!(targetPercent > 0) || Double.isInfinite(targetPercent)) {
            throw new IllegalArgumentException("decibench.target must be a positive percentage, was " + targetPercent
                    + " (e.g. -Ddecibench.target=30)");
        }
    }

    /** The same run with other results and forks folders and another injected slowdown (calibration sessions). */
    public BenchmarkRequest session(Path sessionResultsDir, Slowdown sessionSlowdown) {
        return new BenchmarkRequest(selection, measurement, quick, targetPercent, bundleDir, sessionResultsDir,
                historyFile, forkTimeout, jvmArgs, requireNative, ignoreJmhLock, classpath, javaExecutable, catalog,
                sessionSlowdown, contentionLimit);
    }

    /** Per-fork JSON and logs, and the exactness runs' logs. */
    public Path forksDir() {
        return resultsDir.resolve("forks");
    }

    public ForkCommand command() {
        return new ForkCommand(javaExecutable, classpath, bundleDir, jvmArgs, ignoreJmhLock, catalog.customs());
    }
}
