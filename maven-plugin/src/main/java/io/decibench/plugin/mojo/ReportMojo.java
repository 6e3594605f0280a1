package io.decibench.plugin.mojo;

import io.decibench.plugin.report.OverheadReportRenderer;
import io.decibench.plugin.report.ReportData;
import io.decibench.plugin.report.ReportDataReader;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * The Decibench page of the Maven site (under Project Reports): overhead, regressions, exactness, environment,
 * trend and recommendations from the latest results. Runs in {@code mvn site} from {@code <reporting>} and alone
 * as {@code mvn decibench:report}. Without results it renders a page saying how to produce them, never failing
 * the site build.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Skips the report. Property {@code decibench.skip}, default false. */
    @Parameter(property = "decibench.skip", defaultValue = "false")
    private boolean skip;

    /** Where benchmark-results.json and check-results.json are read. Property {@code decibench.resultsDirectory}, default <code>${project.build.directory}/decibench</code>. */
    @Parameter(property = "decibench.resultsDirectory", defaultValue = DefaultPaths.RESULTS_DIRECTORY)
    private File resultsDirectory;

    /** History of runs for the trend chart. Property {@code decibench.historyFile}, default <code>${project.basedir}/.decibench/history.jsonl</code>. */
    @Parameter(property = "decibench.historyFile", defaultValue = DefaultPaths.HISTORY_FILE)
    private File historyFile;

    /** The baselines file (only its presence is shown; check-results.json has the verdicts). Property {@code decibench.baselineFile}, default <code>${project.basedir}/src/test/decibench/baselines.json</code>. */
    @Parameter(property = "decibench.baselineFile", defaultValue = DefaultPaths.BASELINE_FILE)
    private File baselineFile;

    @Override
    public String getOutputName() {
        return "decibench-report";
    }

    @Override
    public String getName(Locale locale) {
        return "Decibench overhead";
    }

    @Override
    public String getDescription(Locale locale) {
        return "What exact decimal arithmetic costs over double: overhead with confidence intervals, target and "
                + "regression verdicts, float drift, allocation and trends.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Skipping the Decibench report (decibench.skip=true)");
        }
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ReportData data = ReportDataReader.read(resultsDirectory.toPath(), historyFile.toPath(),
                baselineFile == null ? null : baselineFile.toPath());
        data.problems().forEach(getLog()::warn);
        if (!data.hasResults()) {
            getLog().info("No benchmark results at " + data.resultsFile() + ": the Decibench report explains how "
                    + "to produce them (run `mvn verify` with the plugin's benchmark goal).");
        }
        new OverheadReportRenderer(getSink(), data, mavenCommand()).render();
    }

    /** The Maven command line that reaches this project, for the page's "reproduce" commands. */
    private String mavenCommand() {
        return ProjectCommand.of(project, mojoExecution);
    }
}
