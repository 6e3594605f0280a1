package io.decibench.plugin.mojo;

import io.decibench.plugin.report.OverheadReportRenderer;
import io.decibench.plugin.report.ReportData;
import io.decibench.plugin.report.ReportDataReader;
import io.decibench.plugin.results.HistoryFile;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
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

    /** Where benchmark-results.json and check-results.json are read. Property {@code decibench.resultsDirectory}, default {@code ${project.build.directory}/decibench}. */
    @Parameter(property = "decibench.resultsDirectory", defaultValue = "${project.build.directory}/decibench")
    private File resultsDirectory;

    /** History of runs for the trend chart. Property {@code decibench.historyFile}, default {@code ${resultsDirectory}/history.jsonl}. */
    @Parameter(property = "decibench.historyFile")
    private File historyFile;

    /** The baselines file (only its presence is shown; check-results.json has the verdicts). Property {@code decibench.baselineFile}, default {@code ${project.basedir}/src/test/decibench/baselines.json}. */
    @Parameter(property = "decibench.baselineFile", defaultValue = "${project.basedir}/src/test/decibench/baselines.json")
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
        File history = historyFile != null ? historyFile : new File(resultsDirectory, HistoryFile.FILE_NAME);
        ReportData data = ReportDataReader.read(resultsDirectory.toPath(), history.toPath(),
                baselineFile == null ? null : baselineFile.toPath());
        data.problems().forEach(getLog()::warn);
        if (!data.hasResults()) {
            getLog().info("No benchmark results at " + data.resultsFile() + ": the Decibench report explains how "
                    + "to produce them (run `mvn verify` with the plugin's benchmark goal).");
        }
        new OverheadReportRenderer(getSink(), data).render();
    }
}
