package io.decibench.plugin.gate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.Overhead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The content of baselines.json (schema version 1): per scenario x mode the measurements a later run must not
 * regress from, the machine they were taken on and the thresholds recorded with them.
 *
 * @param gitCommit the commit the baseline run measured, null when unknown
 */
public record Baselines(int schemaVersion, Instant createdAt, String gitCommit, Fingerprint fingerprint,
                        Thresholds thresholds, List<BaselineRow> rows) {

    /** The schema version this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public Baselines {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** Baselines from every measured scenario x mode of a run. */
    public static Baselines from(BenchmarkResults results, Thresholds thresholds, Instant createdAt) {
        List<BaselineRow> rows = new ArrayList<>();
        for (ModeResult r : results.results()) {
            if (!r.isOk()) {
                continue;
            }
            Optional<Overhead> overhead = results.overhead(r.scenario(), r.mode())
                    .filter(o -> o.overheadPercent() != null);
            rows.add(new BaselineRow(r.scenario(), r.mode(), r.unit(),
                    overhead.map(o -> 1 + o.overheadPercent() / 100).orElse(null),
                    overhead.map(Overhead::pairRatios).orElse(List.of()),
                    r.mean(), r.forkMeans(), r.allocBytesPerOp()));
        }
        return new Baselines(SCHEMA_VERSION, createdAt, results.gitCommit(), results.fingerprint(), thresholds, rows);
    }

    /** The row of one scenario x mode. */
    @JsonIgnore
    public Optional<BaselineRow> row(String scenario, String mode) {
        return rows.stream().filter(r -> r.is(scenario, mode)).findFirst();
    }
}
