package io.decibench.plugin.mojo;

import io.decibench.plugin.bench.BenchmarkAbortedException;
import io.decibench.plugin.bench.BenchmarkRequest;
import io.decibench.plugin.bench.BenchmarkSuite;
import io.decibench.plugin.bench.ForkCommand;
import io.decibench.plugin.bench.ForkFailedException;
import io.decibench.plugin.bench.ResultsPublisher;
import io.decibench.plugin.bench.Slowdown;
import io.decibench.plugin.bench.SuiteSelection;
import io.decibench.plugin.bench.SuiteOutcome;
import io.decibench.plugin.bench.SummaryTable;
import io.decibench.plugin.config.TestSkip;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.FileAccess;
import io.decibench.plugin.results.FingerprintProbe;
import io.decibench.plugin.results.ForkVm;
import io.decibench.plugin.results.GitCommit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs the selected scenarios x modes under JMH in forked JVMs (interleaved rounds in a Williams order), probes
 * exactness, and writes benchmark-results.json, overhead-report.md and a history line.
 */
@Mojo(name = "benchmark", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class BenchmarkMojo extends AbstractBenchmarkMojo {

    /** Skips the benchmark as Failsafe skips integration tests. Property {@code skipTests}, default false. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Skips the benchmark as Failsafe does. Property {@code skipITs}, default false. */
    @Parameter(property = "skipITs", defaultValue = "false")
    private boolean skipITs;

    /** Skips the benchmark as Failsafe does. Property {@code maven.test.skip}, default false. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    @Override
    protected String skipReason() {
        String reason = super.skipReason();
        return reason != null ? reason : TestSkip.reason(skipTests, skipITs, mavenTestSkip);
    }

    /**
     * For calibration and tests only: {@code MODE:FRACTION[,MODE:FRACTION]} makes every measured operation of MODE do
     * FRACTION more real CPU work (sized against that operation's own time), injecting a known regression; recorded in
     * the results, refused by {@code baseline}. Property {@code decibench.slowdown}, default none.
     */
    @Parameter(property = "decibench.slowdown")
    private String slowdown;

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        BenchmarkRequest request;
        try {
            SuiteSelection selection = selection();
            request = request(selection, Slowdown.parse(slowdown, selection.modes()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        SuiteOutcome outcome;
        try {
            outcome = new BenchmarkSuite(request, modeCatalog().kernels(),
                    getLog()::info, getLog()::warn, this::debug).run();
        } catch (BenchmarkAbortedException | ForkFailedException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage() + " (" + FileAccess.reason(e.getCause()) + "). Fix: make"
                    + " the folder writable or point decibench.resultsDirectory elsewhere.", e);
        }
        BenchmarkResults results;
        try {
            // The fingerprint records the options the forks ran with, as JMH recorded them for each fork.
            ForkVm measured = ForkVm.common(outcome.samples());
            results = ResultsPublisher.assemble(request, outcome,
                    FingerprintProbe.current(measured == null ? List.of() : measured.jvmArgs()),
                    GitCommit.find(project.getBasedir().toPath()), Instant.now());
        } catch (IllegalStateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        SummaryTable.lines(results).forEach(getLog()::info);
        try {
            for (Path written : ResultsPublisher.write(results, request.resultsDir(), request.historyFile(),
                    ProjectCommand.of(project, mojoExecution))) {
                getLog().info("[decibench] wrote " + written);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the results under " + request.resultsDir() + " ("
                    + FileAccess.reason(e) + "); none of benchmark-results.json, overhead-report.md and "
                    + request.historyFile().getFileName() + " changed. Fix: make room or make the folders writable,"
                    + " then re-run mvn verify.", e);
        }
    }

    private void debug(String line) {
        if (getLog().isDebugEnabled()) {
            getLog().debug(line);
        }
    }
}
