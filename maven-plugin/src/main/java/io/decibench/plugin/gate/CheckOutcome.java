package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.stats.TargetVerdict;
import java.util.List;

/**
 * What {@code check} found: the regression rows (empty without baselines) and the run's target verdicts.
 *
 * @param baselinesPresent whether a baselines file was compared at all
 */
public record CheckOutcome(List<GateRow> rows, BenchmarkResults results, boolean baselinesPresent,
                           Thresholds thresholds) {

    public CheckOutcome {
        rows = List.copyOf(rows);
    }

    /** The rows with verdict FAIL. */
    public List<GateRow> failures() {
        return rows.stream().filter(r -> r.verdict() == Verdict.FAIL).toList();
    }

    /** Whether the run's target verdict is MISSED. */
    public boolean targetMissed() {
        return results.verdict() != null && results.verdict().verdict() == TargetVerdict.MISSED;
    }

    /** How many rows have the verdict. */
    public long count(Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }
}
