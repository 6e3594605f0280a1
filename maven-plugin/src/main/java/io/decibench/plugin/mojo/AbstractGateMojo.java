package io.decibench.plugin.mojo;

import io.decibench.plugin.gate.Thresholds;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters of the goals around the regression gate ({@code baseline} and {@code check}): the file, thresholds. */
public abstract class AbstractGateMojo extends AbstractDecibenchMojo {

    /** The baselines file. Property {@code decibench.baselineFile}, default {@code src/test/decibench/baselines.json}. */
    @Parameter(property = "decibench.baselineFile",
            defaultValue = "${project.basedir}/src/test/decibench/baselines.json")
    protected File baselineFile;

    /** Change (0.05 = 5%) from which a row warns. Property {@code decibench.warnThreshold}, default: recorded, else 0.05. */
    @Parameter(property = "decibench.warnThreshold")
    protected Double warnThreshold;

    /** Change (0.20 = 20%) from which a row fails. Property {@code decibench.failThreshold}, default: recorded, else 0.20. */
    @Parameter(property = "decibench.failThreshold")
    protected Double failThreshold;

    /** Allocation growth (0.10 = 10%) that fails a row. Property {@code decibench.allocTolerance}, default: recorded, else 0.10. */
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
