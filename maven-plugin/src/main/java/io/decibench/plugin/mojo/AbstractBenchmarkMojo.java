package io.decibench.plugin.mojo;

import io.decibench.plugin.bench.Measurement;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that measure under JMH ({@code benchmark}, and any goal that runs the benchmark's fork schedule): how
 * many rounds, and each fork's warm-up and measured iterations. Unset values come from the default or the quick
 * preset; each value set here wins over the preset.
 */
public abstract class AbstractBenchmarkMojo extends AbstractForkingMojo {

    /** Rounds: each runs one JMH fork per scenario x mode. Property {@code decibench.runs}, default 5 (quick: 3). */
    @Parameter(property = "decibench.runs")
    protected Integer runs;

    /** JMH warm-up iterations per fork. Property {@code decibench.warmupIterations}, default 3 (quick: 2). */
    @Parameter(property = "decibench.warmupIterations")
    protected Integer warmupIterations;

    /** Duration of a warm-up iteration, e.g. 500ms or 1s. Property {@code decibench.warmupTime}, default 1s (quick: 500ms). */
    @Parameter(property = "decibench.warmupTime")
    protected String warmupTime;

    /** JMH measured iterations per fork. Property {@code decibench.iterations}, default 5 (quick: 3). */
    @Parameter(property = "decibench.iterations")
    protected Integer iterations;

    /** Duration of a measured iteration, e.g. 500ms or 1s. Property {@code decibench.iterationTime}, default 1s (quick: 500ms). */
    @Parameter(property = "decibench.iterationTime")
    protected String iterationTime;

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
