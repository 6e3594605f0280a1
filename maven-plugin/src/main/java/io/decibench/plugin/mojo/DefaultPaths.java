package io.decibench.plugin.mojo;

import io.decibench.plugin.gate.BaselinesJson;
import io.decibench.plugin.results.HistoryFile;

/**
 * The one place each default path of the goals is written (as parameter default expressions), so that goals sharing
 * a file can never disagree on where it is.
 */
final class DefaultPaths {

    /** benchmark-results.json, overhead-report.md, check-results.json, forks/ and profiles/. */
    static final String RESULTS_DIRECTORY = "${project.build.directory}/decibench";

    /** One folder per bundle. */
    static final String BUNDLE_DIRECTORY = RESULTS_DIRECTORY + "/bundles";

    /** Committed with the project. */
    static final String BASELINE_FILE = "${project.basedir}/" + BaselinesJson.DEFAULT_LOCATION;

    /** Survives {@code mvn clean}. */
    static final String HISTORY_FILE = "${project.basedir}/" + HistoryFile.DEFAULT_LOCATION;

    private DefaultPaths() {
    }
}
