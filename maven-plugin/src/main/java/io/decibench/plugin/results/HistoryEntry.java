package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;
import java.time.Instant;
import java.util.List;

/**
 * One line of history.jsonl: the headline numbers of one run, enough to draw trends without the full results.
 *
 * @param fingerprintId the machine's fingerprint id: times are comparable only between equal ids
 * @param verdict       the run's target verdict, null when no exact mode was measured against float
 */
public record HistoryEntry(int schemaVersion, Instant timestamp, String gitCommit, String fingerprintId,
                           List<Measurement> measurements, List<OverheadPoint> overheads,
                           List<OverheadPoint> overall, RunVerdict verdict) {

    /**
     * The schema version of a history line. It is versioned apart from benchmark-results.json: a line only gains
     * fields, so a history outlives changes to the results file and its trend stays readable.
     */
    public static final int SCHEMA_VERSION = 1;

    public HistoryEntry {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        overheads = overheads == null ? List.of() : List.copyOf(overheads);
        overall = overall == null ? List.of() : List.copyOf(overall);
    }

    /** Mean time, time per bar (null when unknown) and allocation of one measured scenario x mode. */
    public record Measurement(String scenario, String mode, double mean, String unit, Double allocBytesPerOp,
                              Double nsPerBar) {
    }

    /** An overhead in percent with its CI; {@code scenario} is null for a mode's overall overhead. */
    public record OverheadPoint(String scenario, String mode, Double overheadPercent, Double overheadCiLow,
                                Double overheadCiHigh, TargetVerdict verdict) {
    }

    /** The history line of a run. */
    public static HistoryEntry of(BenchmarkResults r) {
        List<Measurement> measurements = r.results().stream()
                .filter(ModeResult::isOk)
                .map(m -> new Measurement(m.scenario(), m.mode(), m.mean(), m.unit(), m.allocBytesPerOp(),
                        m.nsPerBar()))
                .toList();
        List<OverheadPoint> overheads = r.overheads().stream()
                .map(o -> new OverheadPoint(o.scenario(), o.mode(), o.overheadPercent(), o.overheadCiLow(),
                        o.overheadCiHigh(), o.verdict()))
                .toList();
        List<OverheadPoint> overall = r.overall().stream()
                .map(o -> new OverheadPoint(null, o.mode(), o.overheadPercent(), o.overheadCiLow(),
                        o.overheadCiHigh(), o.verdict()))
                .toList();
        String fingerprintId = r.fingerprint() == null ? null : r.fingerprint().id();
        return new HistoryEntry(SCHEMA_VERSION, r.timestamp(), r.gitCommit(), fingerprintId,
                measurements, overheads, overall, r.verdict());
    }
}
