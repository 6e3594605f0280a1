package io.decibench.plugin.mojo;

import io.decibench.plugin.config.TestSkip;
import io.decibench.plugin.gate.BaselinesFileException;
import io.decibench.plugin.gate.CheckOutcome;
import io.decibench.plugin.gate.CheckResultsJson;
import io.decibench.plugin.gate.CheckTable;
import io.decibench.plugin.gate.GateCheck;
import io.decibench.plugin.gate.JUnitReport;
import io.decibench.plugin.gate.Verdict;
import io.decibench.plugin.markdown.OverheadMarkdownReport;
import io.decibench.plugin.results.FileAccess;
import io.decibench.plugin.results.ResultsFileException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Gates the latest benchmark results: the overhead target, and regressions against the committed baselines.
 * Prints the verdict table, writes check-results.json and TEST-decibench.xml, and fails the build on a FAIL row or
 * a missed target.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractGateMojo {

    /** Overhead target in percent to judge the results against. Property {@code decibench.target}, default: the target the benchmark recorded. */
    @Parameter(property = "decibench.target")
    private Double targetPercent;

    /** Fail the build on a FAIL row. Property {@code decibench.failOnRegression}, default true. */
    @Parameter(property = "decibench.failOnRegression", defaultValue = "true")
    private boolean failOnRegression;

    /** Fail the build when the run's overhead target verdict is MISSED. Property {@code decibench.failOnTargetMiss}, default true. */
    @Parameter(property = "decibench.failOnTargetMiss", defaultValue = "true")
    private boolean failOnTargetMiss;

    /** Skips the check as Failsafe skips integration tests. Property {@code skipTests}, default false. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Skips the check as Failsafe does. Property {@code skipITs}, default false. */
    @Parameter(property = "skipITs", defaultValue = "false")
    private boolean skipITs;

    /** Skips the check as Failsafe does. Property {@code maven.test.skip}, default false. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    @Override
    protected String skipReason() {
        String reason = super.skipReason();
        return reason != null ? reason : TestSkip.reason(skipTests, skipITs, mavenTestSkip);
    }

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        validateThresholds();
        Optional<String> unwritable = FileAccess.problem(resultsDirectory.toPath(), "the check's results",
                "decibench.resultsDirectory");
        if (unwritable.isPresent()) {
            throw new MojoExecutionException(unwritable.get());
        }
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        GateCheck check = new GateCheck(resultsDirectory.toPath(), baselineFile.toPath(), warnThreshold,
                failThreshold, allocTolerance, summary == null || summary.isBlank() ? null : Path.of(summary),
                targetPercent);
        CheckOutcome outcome;
        try {
            outcome = check.run();
        } catch (ResultsFileException | BaselinesFileException | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the check results under " + resultsDirectory + " ("
                    + FileAccess.reason(e) + "). Fix: make the folder writable or point decibench.resultsDirectory"
                    + " elsewhere.", e);
        }
        check.retargeted(outcome).ifPresent(getLog()::info);
        CheckTable.text(outcome).lines().forEach(line -> getLog().info(line));
        getLog().info("Wrote " + new File(resultsDirectory, CheckResultsJson.FILE_NAME) + " and "
                + new File(resultsDirectory, JUnitReport.FILE_NAME));
        if (outcome.contended()) {
            getLog().warn(outcome.contendedForks() + " fork(s) stayed contended: this run cannot fail the gate;"
                    + " re-run on a quiet machine for a verdict.");
        }
        if (outcome.count(Verdict.WARN) > 0) {
            getLog().warn(outcome.count(Verdict.WARN) + " row(s) WARN: a regression of at least "
                    + CheckTable.percent(outcome.thresholds().warn()) + " is likely; see the table above.");
        }
        if (!outcome.failures().isEmpty()) {
            String message = "Performance regression against " + baselineFile + ": "
                    + CheckTable.failureSummary(outcome)
                    + ". Fix the regression, or if it is intended, accept it: `mvn decibench:baseline"
                    + " -Ddecibench.baselineReplace=true` starts the measured rows over from these results (commit"
                    + " the file).";
            if (failOnRegression) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " Not failing: decibench.failOnRegression=false.");
        }
        if (outcome.targetMissed()) {
            String message = "Overhead target missed: " + CheckTable.runVerdictLine(outcome.results())
                    + ". See " + new File(resultsDirectory, OverheadMarkdownReport.FILE_NAME)
                    + "; to report without failing set -Ddecibench.failOnTargetMiss=false.";
            if (failOnTargetMiss) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message);
        }
    }
}
