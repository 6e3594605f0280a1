package io.decibench.plugin.bench;

import io.decibench.plugin.config.ScenarioCatalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Everything one benchmark run needs, gathered by the mojo from its parameters. */
public record BenchmarkRequest(SuiteSelection selection, Measurement measurement, boolean quick, double targetPercent,
                               Path bundleDir, Path resultsDir, Path historyFile, Duration forkTimeout,
                               List<String> jvmArgs, boolean requireNative, boolean ignoreJmhLock,
                               ForkClasspath classpath, Path javaExecutable, ScenarioCatalog catalog) {

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
        if (forkTimeout.isNegative() || forkTimeout.isZero()) {
            throw new IllegalArgumentException("decibench.forkTimeout must be at least 1 second, was "
                    + forkTimeout.toSeconds() + " (e.g. -Ddecibench.forkTimeout=600)");
        }
        if (!(targetPercent > 0) || Double.isInfinite(targetPercent)) {
            throw new IllegalArgumentException("decibench.target must be a positive percentage, was " + targetPercent
                    + " (e.g. -Ddecibench.target=30)");
        }
    }

    /** Per-fork JSON and logs, and the exactness runs' logs. */
    public Path forksDir() {
        return resultsDir.resolve("forks");
    }

    public ForkCommand command() {
        return new ForkCommand(javaExecutable, classpath, bundleDir, jvmArgs, ignoreJmhLock, catalog.customs());
    }
}
