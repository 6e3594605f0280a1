package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.ResultsJson;
import io.decibench.plugin.results.TargetRejudged;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The whole {@code check} goal without Maven: reads results and baselines (never writing the baselines), gates,
 * and writes check-results.json, TEST-decibench.xml and, when given, a Markdown job summary.
 *
 * @param resultsDirectory where benchmark-results.json is read and the check files are written
 * @param baselineFile     the baselines; a missing file gates the target only
 * @param warn             explicit warn threshold or null (then the baselines' recorded one, then the default)
 * @param stepSummary      a file to append the Markdown table to (GitHub's GITHUB_STEP_SUMMARY), or null
 * @param targetPercent    the overhead target to judge against, or null for the one the benchmark recorded
 */
public record GateCheck(Path resultsDirectory, Path baselineFile, Double warn, Double fail, Double allocTolerance,
                        Path stepSummary, Double targetPercent) {

    /** A check against the target the benchmark recorded. */
    public GateCheck(Path resultsDirectory, Path baselineFile, Double warn, Double fail, Double allocTolerance,
                     Path stepSummary) {
        this(resultsDirectory, baselineFile, warn, fail, allocTolerance, stepSummary, null);
    }

    /**
     * @throws io.decibench.plugin.results.ResultsFileException when the results are missing or malformed
     * @throws BaselinesFileException                            when the baselines are malformed
     * @throws IllegalArgumentException                          when the thresholds are invalid
     */
    public CheckOutcome run() throws IOException {
        // Explicit thresholds are validated before any file is read, so a typo fails fast.
        Thresholds.resolve(warn, fail, allocTolerance, null);
        BenchmarkResults recorded = ResultsJson.read(resultsDirectory.resolve(ResultsJson.FILE_NAME));
        BenchmarkResults results = targetPercent == null ? recorded
                : TargetRejudged.against(recorded, targetPercent);
        Optional<Baselines> baselines = BaselinesJson.readIfPresent(baselineFile);
        Thresholds thresholds = Thresholds.resolve(warn, fail, allocTolerance,
                baselines.map(Baselines::thresholds).orElse(null));
        CheckOutcome outcome = new RegressionGate(thresholds).check(results, baselines);
        CheckResultsJson.write(resultsDirectory.resolve(CheckResultsJson.FILE_NAME), outcome);
        JUnitReport.write(resultsDirectory.resolve(JUnitReport.FILE_NAME), outcome);
        if (stepSummary != null) {
            Files.writeString(stepSummary, CheckTable.markdown(outcome) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return outcome;
    }

    /** The line saying that the run was judged against another target than the one recorded, if it was. */
    public Optional<String> retargeted(CheckOutcome outcome) {
        if (targetPercent == null || outcome.results().verdict() == null) {
            return Optional.empty();
        }
        return Optional.of("Target verdicts judged against decibench.target=" + CheckTable.percent(targetPercent / 100)
                + ", not the target recorded with the results (the measurements are unchanged).");
    }
}
