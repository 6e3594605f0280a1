package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.stats.TargetVerdict;
import java.util.List;

/**
 * What {@code check} found: the regression rows (empty without baselines), the run's target verdicts and what the
 * rows were judged under.
 *
 * @param baselinesPresent whether a baselines file was compared at all
 * @param gatedRows        rows with an interval: the K the error budget is divided by
 * @param baselineSessions the baselines' sessions (0 without baselines)
 * @param notComparedWhy   why no row could be compared (other settings, schema-1 file), null otherwise
 * @param contendedForks   forks of the run that stayed contended after their re-run
 * @param rerunForks       forks re-run because they were contended
 */
public record CheckOutcome(List<GateRow> rows, BenchmarkResults results, boolean baselinesPresent,
                           Thresholds thresholds, int gatedRows, int baselineSessions, String notComparedWhy,
                           int contendedForks, int rerunForks) {

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

    /** Whether some fork of the run stayed contended: then no row FAILs or WARNs. */
    public boolean contended() {
        return contendedForks > 0;
    }
}
