package io.decibench.plugin.mojo;

import io.decibench.plugin.bench.BenchmarkAbortedException;
import io.decibench.plugin.bench.BenchmarkRequest;
import io.decibench.plugin.bench.Slowdown;
import io.decibench.plugin.bench.ForkFailedException;
import io.decibench.plugin.bench.SuiteSelection;
import io.decibench.plugin.calibrate.Calibration;
import io.decibench.plugin.calibrate.CalibrationAnalysis;
import io.decibench.plugin.calibrate.CalibrationJson;
import io.decibench.plugin.calibrate.CalibrationPlan;
import io.decibench.plugin.calibrate.CalibrationRunner;
import io.decibench.plugin.calibrate.CalibrationTable;
import io.decibench.plugin.gate.Thresholds;
import io.decibench.plugin.results.GitCommit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Measures the regression gate on this machine at the current settings: runs K sessions of the unchanged code and K
 * per injected slowdown, reports per-row noise, session offsets, the builds the gate gave, the gate simulated at
 * the measured noise, the time it took and the settings it recommends; writes {@code calibration.json}. The
 * sessions are kept under {@code calibration/} (the same-code ones can become a baseline with
 * {@code mvn decibench:baseline -Ddecibench.baselineResults=target/decibench/calibration/sessions}).
 */
@Mojo(name = "calibrate", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class CalibrateMojo extends AbstractBenchmarkMojo {

    /** Same-code sessions (and sessions per slowdown). Property {@code decibench.calibrationSessions}, default 3. */
    @Parameter(property = "decibench.calibrationSessions", defaultValue = "3")
    private int calibrationSessions;

    /** Injected slowdowns to detect, comma-separated fractions. Property {@code decibench.calibrationSlowdowns}, default {@code 0.10,0.25}. */
    @Parameter(property = "decibench.calibrationSlowdowns", defaultValue = "0.10,0.25")
    private String calibrationSlowdowns;

    /** The mode to slow down. Property {@code decibench.calibrationMode}, default {@code decimal} (else the first non-float mode). */
    @Parameter(property = "decibench.calibrationMode")
    private String calibrationMode;

    /** Builds simulated per setting for the predicted rates. Property {@code decibench.calibrationBuilds}, default 1000. */
    @Parameter(property = "decibench.calibrationBuilds", defaultValue = "1000")
    private int calibrationBuilds;

    @Override
    protected void executeMojo() throws MojoExecutionException {
        BenchmarkRequest request;
        CalibrationPlan plan;
        try {
            SuiteSelection selection = selection();
            plan = CalibrationPlan.of(calibrationSessions, calibrationMode, calibrationSlowdowns, selection.modes());
            if (calibrationBuilds < 100) {
                throw new IllegalArgumentException("decibench.calibrationBuilds must be at least 100, was "
                        + calibrationBuilds + " (e.g. -Ddecibench.calibrationBuilds=1000)");
            }
            request = request(selection, Slowdown.NONE);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path dir = resultsDirectory.toPath().resolve("calibration");
        getLog().info("[decibench] calibrating the gate: " + plan.runs() + " runs (" + plan.sessions()
                + " of the unchanged code, " + plan.sessions() + " per slowdown " + plan.slowdowns() + " of "
                + plan.mode() + ") at the current settings; sessions go to " + dir);
        CalibrationRunner.Sessions sessions;
        try {
            sessions = new CalibrationRunner(request, modeCatalog().kernels(),
                    GitCommit.find(project.getBasedir().toPath()), getLog()::info, getLog()::warn).run(plan, dir);
        } catch (BenchmarkAbortedException | ForkFailedException | IllegalStateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the calibration sessions under " + dir + ": "
                    + e.getMessage(), e);
        }
        getLog().info("[decibench] simulating the gate at the measured noise (" + calibrationBuilds
                + " builds per setting)");
        Calibration calibration = new CalibrationAnalysis(Thresholds.DEFAULTS, calibrationBuilds, 20261201L)
                .analyse(plan, sessions, Instant.now());
        CalibrationTable.lines(calibration).forEach(line -> getLog().info(line));
        Path file = resultsDirectory.toPath().resolve(CalibrationJson.FILE_NAME);
        try {
            CalibrationJson.write(file, calibration);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("[decibench] wrote " + file + "; to baseline the same-code sessions: mvn decibench:baseline"
                + " -Ddecibench.baselineResults=" + project.getBasedir().toPath().relativize(dir.resolve("sessions")));
    }
}
