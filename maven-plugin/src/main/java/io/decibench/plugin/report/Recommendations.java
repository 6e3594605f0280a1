package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's next steps: regressions and baselines first (what only the report sees: check-results.json and
 * the baselines file), then the steps derived from the run's numbers, shared with overhead-report.md
 * ({@link io.decibench.plugin.markdown.Recommendations}). Inline code is marked with backticks.
 */
public final class Recommendations {

    private Recommendations() {
    }

    /** The recommendations for the report's results (which must be present), regressions and baselines. */
    public static List<String> of(ReportData data) {
        BenchmarkResults results = data.results();
        List<String> out = new ArrayList<>();
        List<String> regressed = data.regressions().stream()
                .filter(x -> "FAIL".equals(x.verdict()) || "WARN".equals(x.verdict()))
                .map(x -> x.scenario() + " / " + x.mode() + " " + x.metric() + " " + x.verdict()).toList();
        if (!regressed.isEmpty()) {
            out.add("Regressions against the baselines (" + String.join(", ", regressed) + "): look at the changes "
                    + "since the baseline's commit; if the change is intended, accept it with "
                    + "`mvn decibench:baseline` and commit the baselines file.");
        }
        // The shared derivation reads the settings; a hand-made results file may lack them.
        List<String> fromNumbers = results.settings() == null ? List.of()
                : io.decibench.plugin.markdown.Recommendations.derive(results);
        boolean mentionsBaseline = fromNumbers.stream().anyMatch(s -> s.contains("decibench:baseline"));
        if (!data.baselinesExist() && !mentionsBaseline) {
            out.add("No baselines yet: record a run you trust with `mvn decibench:baseline` and commit "
                    + (data.baselineFile() == null ? "the baselines file" : data.baselineFile())
                    + ", so `check` can catch regressions.");
        }
        out.addAll(fromNumbers);
        if (results.settings() != null && results.settings().quick()) {
            out.add("These figures come from the quick preset: before publishing or baselining them, run the full "
                    + "suite on a quiet machine (`mvn verify` without `-Ddecibench.quick`).");
        }
        return out;
    }
}
