package io.decibench.plugin.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The content of benchmark-results.json (schema version 1): what a run measured, on which machine, with which
 * settings, and the overheads and verdicts derived from it.
 *
 * @param timestamp run end (UTC)
 * @param gitCommit HEAD of the project's git repository, null when none
 * @param verdict   the run's target verdict, null when no decimal mode was measured
 * @param forkVm    the JVM every measured fork ran, as recorded for the forks themselves (JMH's record plus the
 *                  fork's own compiler line); null for results written before it was recorded
 */
public record BenchmarkResults(int schemaVersion, Instant timestamp, String gitCommit, Fingerprint fingerprint,
                               Settings settings, List<ModeResult> results, List<Overhead> overheads,
                               List<OverallOverhead> overall, RunVerdict verdict, List<Exactness> exactness,
                               ForkVm forkVm) {

    /** The schema version this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public BenchmarkResults {
        results = results == null ? List.of() : List.copyOf(results);
        overheads = overheads == null ? List.of() : List.copyOf(overheads);
        overall = overall == null ? List.of() : List.copyOf(overall);
        exactness = exactness == null ? List.of() : List.copyOf(exactness);
    }

    /** The row of one scenario x mode. */
    @JsonIgnore
    public Optional<ModeResult> result(String scenario, String mode) {
        return results.stream().filter(r -> r.scenario().equals(scenario) && r.mode().equals(mode)).findFirst();
    }

    /** The overhead row of one scenario x decimal mode. */
    @JsonIgnore
    public Optional<Overhead> overhead(String scenario, String mode) {
        return overheads.stream().filter(o -> o.scenario().equals(scenario) && o.mode().equals(mode)).findFirst();
    }

    /** The overall overhead of one decimal mode. */
    @JsonIgnore
    public Optional<OverallOverhead> overall(String mode) {
        return overall.stream().filter(o -> o.mode().equals(mode)).findFirst();
    }

    /** The exactness of one scenario. */
    @JsonIgnore
    public Optional<Exactness> exactness(String scenario) {
        return exactness.stream().filter(e -> e.scenario().equals(scenario)).findFirst();
    }
}
