package io.decibench.plugin.bench;

import io.decibench.plugin.config.ScenarioCatalog;
import io.decibench.plugin.markdown.OverheadMarkdownReport;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ForkStatistic;
import io.decibench.plugin.results.HistoryEntry;
import io.decibench.plugin.results.HistoryFile;
import io.decibench.plugin.results.ModeInfo;
import io.decibench.plugin.results.ModeMetadata;
import io.decibench.plugin.results.ResultsAssembler;
import io.decibench.plugin.results.ResultsJson;
import io.decibench.plugin.results.ScenarioInfo;
import io.decibench.plugin.results.Settings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a finished run into the results files: assembles the statistics and the exactness comparison, then writes
 * benchmark-results.json, overhead-report.md with its charts and the history line together, all or nothing. Called
 * only after every fork succeeded, so a failed run writes nothing.
 */
public final class ResultsPublisher {

    private ResultsPublisher() {
    }

    public static Settings settings(BenchmarkRequest request) {
        Measurement m = request.measurement();
        return new Settings(request.selection().scenarios(), request.selection().modes(), m.runs(),
                m.warmupIterations(), m.warmupTime(), m.iterations(), m.iterationTime(), request.quick(),
                request.targetPercent(), 0.95, ForkSchedule.ORDER, (int) request.forkTimeout().toSeconds(),
                ForkStatistic.GATE.label(), request.slowdown().fractions(), request.contentionLimit());
    }

    /**
     * The results of a run: statistics, mode metadata, bars per backtest from each scenario's bundle spec, and the
     * exactness comparison of the plain runs.
     */
    public static BenchmarkResults assemble(BenchmarkRequest request, SuiteOutcome outcome, Fingerprint fingerprint,
                                            String gitCommit, Instant timestamp) {
        Settings settings = settings(request);
        // What each mode's kernel reported (engine, exact, reference); the plugin's defaults where none ran here.
        List<ModeInfo> modes = outcome.modes().isEmpty() ? ModeMetadata.of(settings.modes()) : outcome.modes();
        Map<String, ModeInfo> byName = new LinkedHashMap<>();
        modes.forEach(m -> byName.put(m.mode(), m));
        List<ScenarioInfo> scenarios = new ArrayList<>();
        List<Exactness> exactness = new ArrayList<>();
        for (String scenario : settings.scenarios()) {
            BundleLayout layout = layout(request.catalog(), scenario);
            if (layout != null) {
                scenarios.add(layout.info(scenario));
            }
            if (outcome.probes().stream().anyMatch(p -> p.scenario().equals(scenario))) {
                exactness.add(ExactnessComparison.of(scenario, outcome.probes(),
                        m -> byName.getOrDefault(m, ModeMetadata.of(m)), layout));
            }
        }
        return ResultsAssembler.assemble(outcome.samples(), settings, fingerprint, gitCommit, timestamp, exactness,
                outcome.unavailableModes(), modes, scenarios);
    }

    /** The layout of the bundle a scenario runs on; null when the catalog does not know the scenario. */
    static BundleLayout layout(ScenarioCatalog catalog, String scenario) {
        try {
            return BundleLayout.of(catalog.bundlesFor(List.of(scenario)).get(0));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * Writes the results, the Markdown report with its charts and the history line all or nothing: each is staged to
     * a temp file first, and only when all are on disk are they renamed into place — a full disk leaves the previous
     * results, report and history as they were, so a failed run never changes what {@code check} gates. Returns the
     * paths written.
     */
    public static List<Path> write(BenchmarkResults results, Path resultsDir, Path historyFile) throws IOException {
        return write(results, resultsDir, historyFile, "mvn");
    }

    /** As {@link #write(BenchmarkResults, Path, Path)}, the report's commands starting with {@code mvn}. */
    public static List<Path> write(BenchmarkResults results, Path resultsDir, Path historyFile, String mvn)
            throws IOException {
        Path json = resultsDir.resolve(ResultsJson.FILE_NAME);
        Path report = resultsDir.resolve(OverheadMarkdownReport.FILE_NAME);
        byte[] jsonBytes = ResultsJson.toBytes(results);
        List<Path> written = new ArrayList<>();
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stage(json, out -> out.write(jsonBytes));
            written.add(json);
            written.addAll(OverheadMarkdownReport.stage(report, results, mvn, batch));
            new HistoryFile(historyFile).appendAndCommit(HistoryEntry.of(results), batch);
            written.add(historyFile);
        }
        return written;
    }
}
