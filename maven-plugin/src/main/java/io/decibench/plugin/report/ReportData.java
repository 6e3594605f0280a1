package io.decibench.plugin.report;

import io.decibench.plugin.gate.GateRow;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.HistoryEntry;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the report page is drawn from, read once from the results directory.
 *
 * @param resultsFile    where benchmark-results.json was looked for
 * @param results        the latest results, null when there are none (or they are unreadable, see problems)
 * @param problems       input files that exist but could not be used, each naming the file and the fix
 * @param regressions    the rows of check-results.json (the gate's own record), empty when check has not run
 * @param checkRan       whether check-results.json was found
 * @param baselineFile   where the baselines file was looked for
 * @param baselinesExist whether that file exists
 * @param history        readable history entries in file order (oldest first)
 */
public record ReportData(Path resultsFile, BenchmarkResults results, List<String> problems,
                         List<GateRow> regressions, boolean checkRan, Path baselineFile,
                         boolean baselinesExist, List<HistoryEntry> history) {

    public ReportData {
        problems = List.copyOf(problems);
        regressions = List.copyOf(regressions);
        history = List.copyOf(history);
    }

    /** Whether there are results to report on. */
    public boolean hasResults() {
        return results != null;
    }
}
