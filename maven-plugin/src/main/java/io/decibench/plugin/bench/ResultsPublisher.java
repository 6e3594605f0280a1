package io.decibench.plugin.bench;

import io.decibench.plugin.markdown.OverheadMarkdownReport;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.HistoryFile;
import io.decibench.plugin.results.ResultsAssembler;
import io.decibench.plugin.results.ResultsJson;
import io.decibench.plugin.results.Settings;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a finished run into the results files: assembles the statistics, then writes benchmark-results.json and
 * overhead-report.md atomically and appends the history line. Called only after every fork succeeded, so a failed
 * run writes nothing.
 */
public final class ResultsPublisher {

    private ResultsPublisher() {
    }

    public static Settings settings(BenchmarkRequest request) {
        Measurement m = request.measurement();
        return new Settings(request.selection().scenarios(), request.selection().modes(), m.runs(),
                m.warmupIterations(), m.warmupTime(), m.iterations(), m.iterationTime(), request.quick(),
                request.targetPercent(), 0.95, ForkSchedule.ORDER, (int) request.forkTimeout().toSeconds(),
                Settings.MEDIAN, request.slowdown().fractions(), request.contentionLimit());
    }

    public static BenchmarkResults assemble(BenchmarkRequest request, SuiteOutcome outcome, Fingerprint fingerprint,
                                            String gitCommit, Instant timestamp) {
        List<Exactness> exactness = outcome.exactness().stream().map(ResultsPublisher::exactness).toList();
        return ResultsAssembler.assemble(outcome.samples(), settings(request), fingerprint, gitCommit, timestamp,
                exactness, outcome.unavailableModes());
    }

    /** Writes the three files; returns the paths written. */
    public static List<Path> write(BenchmarkResults results, Path resultsDir, Path historyFile) throws IOException {
        Path json = resultsDir.resolve(ResultsJson.FILE_NAME);
        Path report = resultsDir.resolve(OverheadMarkdownReport.FILE_NAME);
        ResultsJson.write(json, results);
        OverheadMarkdownReport.write(report, results);
        new HistoryFile(historyFile).append(results);
        return List.of(json, report, historyFile);
    }

    static Exactness exactness(ScenarioExactness e) {
        return new Exactness(e.scenario(), plain(e.finalValue()), e.sessionValuesSha256(), e.decimalModesAgree(),
                plain(e.floatDriftFinal()), plain(e.floatDriftMaxSession()), e.floatWithinTolerance());
    }

    private static Map<String, String> plain(Map<String, BigDecimal> values) {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v.toPlainString()));
        return m;
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
