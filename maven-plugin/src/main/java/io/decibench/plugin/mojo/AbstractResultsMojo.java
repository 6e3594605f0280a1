package io.decibench.plugin.mojo;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * The goals that work on a finished run's files ({@code compare-profiles}, and through {@link AbstractGateMojo}
 * {@code check} and {@code baseline}): where they are.
 */
public abstract class AbstractResultsMojo extends AbstractDecibenchMojo {

    /** Where the benchmark wrote its results (and profile its profiles). Property {@code decibench.resultsDirectory}, default <code>${project.build.directory}/decibench</code>. */
    @Parameter(property = "decibench.resultsDirectory", defaultValue = DefaultPaths.RESULTS_DIRECTORY)
    protected File resultsDirectory;
}
