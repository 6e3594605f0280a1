package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.ResultsJson;
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
 */
public record GateCheck(Path resultsDirectory, Path baselineFile, Double warn, Double fail, Double allocTolerance,
                        Path stepSummary) {

    /**
     * @throws io.decibench.plugin.results.ResultsFileException when the results are missing or malformed
     * @throws BaselinesFileException                            when the baselines are malformed
     * @throws IllegalArgumentException                          when the thresholds are invalid
     */
    public CheckOutcome run() throws IOException {
        // Explicit thresholds are validated before any file is read, so a typo fails fast.
        Thresholds.resolve(warn, fail, allocTolerance, null);
        BenchmarkResults results = ResultsJson.read(resultsDirectory.resolve(ResultsJson.FILE_NAME));
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
}
