package io.decibench.plugin.mojo;

import io.decibench.kernel.spi.Kernels;
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
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.FingerprintProbe;
import io.decibench.plugin.results.ForkVm;
import io.decibench.plugin.results.GitCommit;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
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
public class BenchmarkMojo extends AbstractDecibenchMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /**
     * Run even while another JMH run on the machine holds JMH's lock, instead of waiting for it. Only for plumbing
     * tests: timings taken side by side are meaningless. Property {@code decibench.ignoreJmhLock}, default false.
     */
    @Parameter(property = "decibench.ignoreJmhLock", defaultValue = "false")
    private boolean ignoreJmhLock;

    /**
     * For calibration and tests only: {@code MODE:FRACTION[,MODE:FRACTION]} makes every measured operation of MODE do
     * FRACTION more real CPU work (sized against that operation's own time), injecting a known regression; recorded in
     * the results, refused by {@code baseline}. Property {@code decibench.slowdown}, default none.
     */
    @Parameter(property = "decibench.slowdown")
    private String slowdown;

    /**
     * CPU (in cores, averaged over a fork) that other processes may use before the fork counts as contended and is
     * re-run once; a run that stays contended never fails the gate. A negative value switches the guard off.
     * Property {@code decibench.contentionLimit}, default 0.25.
     */
    @Parameter(property = "decibench.contentionLimit", defaultValue = "0.25")
    private double contentionLimit;

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        BenchmarkRequest request;
        try {
            SuiteSelection selection = selection();
            request = new BenchmarkRequest(selection, measurement(), quick, targetPercent,
                    bundleDirectory.toPath(), resultsDirectory.toPath(), historyFile().toPath(),
                    Duration.ofSeconds(forkTimeout), jvmArgList(), requireNative, ignoreJmhLock,
                    forkClasspath(pluginArtifacts, project), ForkCommand.currentJava(), catalog(testClasspath(project)),
                    Slowdown.parse(slowdown, selection.modes()), contentionLimit < 0 ? null : contentionLimit);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        SuiteOutcome outcome;
        try {
            outcome = new BenchmarkSuite(request, Kernels.load(getClass().getClassLoader()),
                    getLog()::info, getLog()::warn).run();
        } catch (BenchmarkAbortedException | ForkFailedException e) {
            throw new MojoExecutionException(e.getMessage(), e);
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
            for (Path written : ResultsPublisher.write(results, request.resultsDir(), request.historyFile())) {
                getLog().info("[decibench] wrote " + written);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the results under " + request.resultsDir() + ": "
                    + e.getMessage() + ". Check that the folder is writable and re-run mvn verify.", e);
        }
    }
}
