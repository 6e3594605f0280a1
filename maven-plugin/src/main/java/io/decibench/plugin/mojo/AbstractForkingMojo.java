package io.decibench.plugin.mojo;

import io.decibench.plugin.bench.BenchmarkAbortedException;
import io.decibench.plugin.bench.ForkClasspath;
import io.decibench.plugin.bench.ModeAvailability;
import io.decibench.plugin.bench.SuiteSelection;
import io.decibench.plugin.config.ModeCatalog;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * The goals that run scenarios x modes in JVMs of their own ({@code profile}, and through
 * {@link AbstractBenchmarkMojo} {@code benchmark}): the modes, those JVMs' options and time limit, what to do when a
 * mode cannot run here, and where their output goes.
 */
public abstract class AbstractForkingMojo extends AbstractScenarioMojo {

    /** Comma-separated modes (arithmetics) to run; float is the one overheads are relative to. Property {@code decibench.modes}, default all of them. */
    @Parameter(property = "decibench.modes")
    protected String modes;

    /** Selects the quick preset: fewer rounds and shorter iterations or profiles. Property {@code decibench.quick}, default false. */
    @Parameter(property = "decibench.quick", defaultValue = "false")
    protected boolean quick;

    /** JVM options of the JVMs that run the scenarios, space-separated: they get exactly these. Property {@code decibench.jvmArgs}, default <code>-Xms1g -Xmx1g</code>. */
    @Parameter(property = "decibench.jvmArgs", defaultValue = "-Xms1g -Xmx1g")
    protected String jvmArgs;

    /** Seconds after which such a JVM is killed and the goal fails. Property {@code decibench.forkTimeout}, default 600. */
    @Parameter(property = "decibench.forkTimeout", defaultValue = "600")
    protected int forkTimeout;

    /** Fail instead of skipping (with a warning) a mode whose kernel cannot load here, such as decimal-native without its library. Property {@code decibench.requireNative}, default false. */
    @Parameter(property = "decibench.requireNative", defaultValue = "false")
    protected boolean requireNative;

    /** Where results, logs and profiles are written. Property {@code decibench.resultsDirectory}, default <code>${project.build.directory}/decibench</code>. */
    @Parameter(property = "decibench.resultsDirectory", defaultValue = DefaultPaths.RESULTS_DIRECTORY)
    protected File resultsDirectory;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    protected List<Artifact> pluginArtifacts;

    /** The selected scenarios and modes; unknown names fail here, before any work. */
    protected SuiteSelection selection() throws MojoExecutionException {
        return selection(modes);
    }

    /**
     * The selected modes that can run here, by the one rule of {@link ModeAvailability#plan}: unavailable ones are
     * skipped with a warning (reported as such) unless requireNative.
     */
    protected ModeAvailability.Plan modePlan(String goal, List<String> selected) throws MojoExecutionException {
        try {
            ModeCatalog modes = modeCatalog();
            return ModeAvailability.plan(goal, selected, modes.kernels(), requireNative, modes::ownCode);
        } catch (BenchmarkAbortedException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    protected List<String> jvmArgList() {
        return jvmArgs == null || jvmArgs.isBlank() ? List.of()
                : Arrays.stream(jvmArgs.trim().split("\\s+")).toList();
    }

    /**
     * The classpath of the JVMs a goal starts: the plugin's runtime artifacts the kernels need plus the project's
     * test classpath (see {@link ForkClasspath}).
     */
    protected ForkClasspath forkClasspath() throws MojoExecutionException {
        List<ForkClasspath.PluginArtifact> artifacts = pluginArtifacts.stream()
                .filter(a -> a.getFile() != null)
                .map(a -> new ForkClasspath.PluginArtifact(a.getGroupId(), a.getArtifactId(), a.getFile().toPath()))
                .toList();
        return ForkClasspath.of(artifacts, testClasspath());
    }
}
