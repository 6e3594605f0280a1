package io.decibench.plugin.mojo;

import io.decibench.plugin.gate.BaselinesFileException;
import io.decibench.plugin.gate.CheckOutcome;
import io.decibench.plugin.gate.CheckTable;
import io.decibench.plugin.gate.GateCheck;
import io.decibench.plugin.gate.Verdict;
import io.decibench.plugin.results.ResultsFileException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
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
public class CheckMojo extends AbstractDecibenchMojo {

    /** The baselines to compare with. Property {@code decibench.baselineFile}, default {@code src/test/decibench/baselines.json}. */
    @Parameter(property = "decibench.baselineFile", defaultValue = "${project.basedir}/src/test/decibench/baselines.json")
    private File baselineFile;

    /** Change (0.05 = 5%) from which a row warns. Property {@code decibench.warnThreshold}, default: recorded in the baselines, else 0.05. */
    @Parameter(property = "decibench.warnThreshold")
    private Double warnThreshold;

    /** Change (0.20 = 20%) from which a row fails. Property {@code decibench.failThreshold}, default: recorded in the baselines, else 0.20. */
    @Parameter(property = "decibench.failThreshold")
    private Double failThreshold;

    /** Relative allocation growth that fails a row. Property {@code decibench.allocTolerance}, default: recorded in the baselines, else 0.10. */
    @Parameter(property = "decibench.allocTolerance")
    private Double allocTolerance;

    /** Fail the build on a FAIL row. Property {@code decibench.failOnRegression}, default true. */
    @Parameter(property = "decibench.failOnRegression", defaultValue = "true")
    private boolean failOnRegression;

    /** Fail the build when the run's overhead target verdict is MISSED. Property {@code decibench.failOnTargetMiss}, default true. */
    @Parameter(property = "decibench.failOnTargetMiss", defaultValue = "true")
    private boolean failOnTargetMiss;

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        GateCheck check = new GateCheck(resultsDirectory.toPath(), baselineFile.toPath(), warnThreshold,
                failThreshold, allocTolerance, summary == null || summary.isBlank() ? null : Path.of(summary));
        CheckOutcome outcome;
        try {
            outcome = check.run();
        } catch (ResultsFileException | BaselinesFileException | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the check results under " + resultsDirectory + ": "
                    + e.getMessage(), e);
        }
        CheckTable.text(outcome).lines().forEach(line -> getLog().info(line));
        getLog().info("Wrote " + new File(resultsDirectory, "check-results.json") + " and "
                + new File(resultsDirectory, "TEST-decibench.xml"));
        if (outcome.count(Verdict.WARN) > 0) {
            getLog().warn(outcome.count(Verdict.WARN) + " row(s) WARN: a regression of at least "
                    + CheckTable.percent(outcome.thresholds().warn()) + " is likely; see the table above.");
        }
        if (!outcome.failures().isEmpty()) {
            String message = "Performance regression against " + baselineFile + ": "
                    + CheckTable.failureSummary(outcome)
                    + ". Fix the regression, or if it is intended, accept it with `mvn decibench:baseline`"
                    + " (and commit the file).";
            if (failOnRegression) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " Not failing: decibench.failOnRegression=false.");
        }
        if (outcome.targetMissed()) {
            String message = "Overhead target missed: " + CheckTable.runVerdictLine(outcome.results())
                    + ". See " + new File(resultsDirectory, "overhead-report.md")
                    + "; to report without failing set -Ddecibench.failOnTargetMiss=false.";
            if (failOnTargetMiss) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message);
        }
    }
}
