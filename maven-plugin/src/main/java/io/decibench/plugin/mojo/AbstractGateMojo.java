package io.decibench.plugin.mojo;

import io.decibench.plugin.gate.Thresholds;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals around the regression gate ({@code baseline} and {@code check}): the baselines file and the thresholds. */
public abstract class AbstractGateMojo extends AbstractResultsMojo {

    /** The baselines file, committed with the project. Property {@code decibench.baselineFile}, default <code>${project.basedir}/src/test/decibench/baselines.json</code>. */
    @Parameter(property = "decibench.baselineFile", defaultValue = DefaultPaths.BASELINE_FILE)
    protected File baselineFile;

    /** Change (0.05 = 5%) from which a row warns. Property {@code decibench.warnThreshold}, default: the baselines' recorded value, else 0.05. */
    @Parameter(property = "decibench.warnThreshold")
    protected Double warnThreshold;

    /** Change (0.20 = 20%) from which a row fails. Property {@code decibench.failThreshold}, default: the baselines' recorded value, else 0.20. */
    @Parameter(property = "decibench.failThreshold")
    protected Double failThreshold;

    /** Allocation growth (0.10 = 10%) that fails a row. Property {@code decibench.allocTolerance}, default: the baselines' recorded value, else 0.10. */
    @Parameter(property = "decibench.allocTolerance")
    protected Double allocTolerance;

    /** Validates the explicitly given thresholds before any file is read. */
    protected void validateThresholds() throws MojoExecutionException {
        try {
            Thresholds.resolve(warnThreshold, failThreshold, allocTolerance, null);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
