package io.decibench.plugin.mojo;

import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.Modes;
import io.decibench.plugin.bench.Measurement;
import io.decibench.plugin.bench.SuiteSelection;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * Parameters every Decibench goal shares and the skip check (JaCoCo style: {@link #execute()} skips or calls
 * {@link #executeMojo()}). Subclasses stay thin: they turn these parameters into settings and call plain classes.
 */
public abstract class AbstractDecibenchMojo extends AbstractMojo {

    /** Skips the goal. Property {@code decibench.skip}, default false. */
    @Parameter(property = "decibench.skip", defaultValue = "false")
    protected boolean skip;

    /** Comma-separated scenarios to run. Property {@code decibench.scenarios}, default all built-in: daily,hourly,minute. */
    @Parameter(property = "decibench.scenarios")
    protected String scenarios;

    /** Comma-separated modes to run. Property {@code decibench.modes}, default float,decimal,decimal-native. */
    @Parameter(property = "decibench.modes")
    protected String modes;

    /** Rounds: one JMH fork per scenario x mode each. Property {@code decibench.runs}, default 5 (3 when quick). */
    @Parameter(property = "decibench.runs")
    protected Integer runs;

    /** Selects the quick preset (3 x 3 suite under 3 minutes on 2 cores). Property {@code decibench.quick}, default false. */
    @Parameter(property = "decibench.quick", defaultValue = "false")
    protected boolean quick;

    /** Where bundles live. Property {@code decibench.bundleDirectory}, default {@code ${project.build.directory}/decibench/bundles}. */
    @Parameter(property = "decibench.bundleDirectory", defaultValue = "${project.build.directory}/decibench/bundles")
    protected File bundleDirectory;

    /** Where results are written. Property {@code decibench.resultsDirectory}, default {@code ${project.build.directory}/decibench}. */
    @Parameter(property = "decibench.resultsDirectory", defaultValue = "${project.build.directory}/decibench")
    protected File resultsDirectory;

    /** History of runs, one JSON line each. Property {@code decibench.historyFile}, default {@code ${resultsDirectory}/history.jsonl}. */
    @Parameter(property = "decibench.historyFile")
    protected File historyFile;

    /** Overhead target in percent. Property {@code decibench.target}, default 30. */
    @Parameter(property = "decibench.target", defaultValue = "30")
    protected double targetPercent;

    /** JMH warm-up iterations per fork. Property {@code decibench.warmupIterations}, default 3 (2 when quick). */
    @Parameter(property = "decibench.warmupIterations")
    protected Integer warmupIterations;

    /** JMH measured iterations per fork. Property {@code decibench.iterations}, default 5 (3 when quick). */
    @Parameter(property = "decibench.iterations")
    protected Integer iterations;

    /** Duration of a warm-up iteration. Property {@code decibench.warmupTime}, default 1s (500ms when quick). */
    @Parameter(property = "decibench.warmupTime")
    protected String warmupTime;

    /** Duration of a measured iteration. Property {@code decibench.iterationTime}, default 1s (500ms when quick). */
    @Parameter(property = "decibench.iterationTime")
    protected String iterationTime;

    /** Seconds after which a fork is killed and the goal fails. Property {@code decibench.forkTimeout}, default 600. */
    @Parameter(property = "decibench.forkTimeout", defaultValue = "600")
    protected int forkTimeout;

    /** JVM options of the measured forks, space-separated. Property {@code decibench.jvmArgs}, default {@code -Xms1g -Xmx1g}. */
    @Parameter(property = "decibench.jvmArgs", defaultValue = "-Xms1g -Xmx1g")
    protected String jvmArgs;

    /** Fail instead of skipping decimal-native when its library cannot load. Property {@code decibench.requireNative}, default false. */
    @Parameter(property = "decibench.requireNative", defaultValue = "false")
    protected boolean requireNative;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Decibench (decibench.skip=true)");
            return;
        }
        executeMojo();
    }

    protected abstract void executeMojo() throws MojoExecutionException, MojoFailureException;

    /** The selected scenarios and modes; unknown names fail here, before any work. */
    protected SuiteSelection selection() throws MojoExecutionException {
        try {
            return SuiteSelection.parse(scenarios, BuiltinScenarios.names(), modes, Modes.ALL);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The quick or default preset with every explicitly set parameter taking precedence. */
    protected Measurement measurement() throws MojoExecutionException {
        try {
            return (quick ? Measurement.QUICK : Measurement.DEFAULT)
                    .override(runs, warmupIterations, warmupTime, iterations, iterationTime);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    protected List<String> jvmArgList() {
        return jvmArgs == null || jvmArgs.isBlank() ? List.of()
                : Arrays.stream(jvmArgs.trim().split("\\s+")).toList();
    }

    protected File historyFile() {
        return historyFile != null ? historyFile : new File(resultsDirectory, "history.jsonl");
    }
}
