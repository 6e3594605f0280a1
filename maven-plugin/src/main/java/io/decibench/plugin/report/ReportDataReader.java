package io.decibench.plugin.report;

import io.decibench.plugin.gate.CheckResultsJson;
import io.decibench.plugin.gate.GateRow;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.HistoryEntry;
import io.decibench.plugin.results.HistoryFile;
import io.decibench.plugin.results.ResultsFileException;
import io.decibench.plugin.results.ResultsJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the report's inputs. A report must never break the site build, so a file that exists but cannot be
 * used becomes a problem shown on the page (and logged) instead of an exception.
 */
public final class ReportDataReader {

    private ReportDataReader() {
    }

    /** Reads benchmark-results.json and check-results.json under {@code resultsDirectory}, the history and baselines. */
    public static ReportData read(Path resultsDirectory, Path historyFile, Path baselineFile) {
        List<String> problems = new ArrayList<>();
        Path resultsFile = resultsDirectory.resolve(ResultsJson.FILE_NAME);
        BenchmarkResults results = null;
        if (Files.exists(resultsFile)) {
            try {
                results = ResultsJson.read(resultsFile);
            } catch (ResultsFileException e) {
                problems.add(e.getMessage());
            }
        }

        Path checkFile = resultsDirectory.resolve(CheckResultsJson.FILE_NAME);
        List<GateRow> regressions = List.of();
        boolean checkRan = Files.exists(checkFile);
        if (checkRan) {
            try {
                regressions = CheckResultsJson.read(checkFile);
            } catch (ResultsFileException e) {
                problems.add(e.getMessage());
            }
        }

        List<HistoryEntry> history = List.of();
        if (historyFile != null) {
            try {
                HistoryFile.Contents contents = new HistoryFile(historyFile).read();
                history = contents.entries();
                contents.malformed().forEach(m -> problems.add(m.describe(historyFile)));
            } catch (IOException e) {
                problems.add("Cannot read the history " + historyFile + ": " + e.getMessage()
                        + ". The trend chart is left out.");
            }
        }
        boolean baselinesExist = baselineFile != null && Files.isRegularFile(baselineFile);
        return new ReportData(resultsFile, results, problems, regressions, checkRan, baselineFile,
                baselinesExist, history);
    }
}
