package io.decibench.plugin.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The content of benchmark-results.json (schema version 2): what a run measured, on which machine, with which
 * settings, and the overheads, verdicts and exactness derived from it. Every field is described on the site's
 * "Results format" page.
 *
 * @param timestamp        run end (UTC, whole seconds)
 * @param gitCommit        HEAD of the project's git repository, null when none
 * @param modes            what each mode of the settings is (engine, exactness, same-engine reference)
 * @param scenarios        the bundle and bars per backtest of each scenario, empty when unknown
 * @param scenarioVerdicts the target verdict of each scenario in which an exact mode was measured against float
 * @param verdict          the run's target verdict, null when no exact mode was measured against float
 * @param forkVm           the JVM every measured fork ran, as recorded for the forks themselves (JMH's record plus the
 *                         fork's own compiler line); null when not recorded
 */
public record BenchmarkResults(int schemaVersion, Instant timestamp, String gitCommit, Fingerprint fingerprint,
                               Settings settings, List<ModeInfo> modes, List<ScenarioInfo> scenarios,
                               List<ModeResult> results, List<Overhead> overheads, List<OverallOverhead> overall,
                               List<ScenarioVerdict> scenarioVerdicts, RunVerdict verdict,
                               List<Exactness> exactness, ForkVm forkVm) {

    /** The schema version this code reads and writes. */
    public static final int SCHEMA_VERSION = 2;

    public BenchmarkResults {
        modes = modes == null ? List.of() : List.copyOf(modes);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        results = results == null ? List.of() : List.copyOf(results);
        overheads = overheads == null ? List.of() : List.copyOf(overheads);
        overall = overall == null ? List.of() : List.copyOf(overall);
        scenarioVerdicts = scenarioVerdicts == null ? List.of() : List.copyOf(scenarioVerdicts);
        exactness = exactness == null ? List.of() : List.copyOf(exactness);
    }

    /** Results without mode metadata, bar counts or per-scenario verdicts (tests, hand-made files). */
    public BenchmarkResults(int schemaVersion, Instant timestamp, String gitCommit, Fingerprint fingerprint,
                            Settings settings, List<ModeResult> results, List<Overhead> overheads,
                            List<OverallOverhead> overall, RunVerdict verdict, List<Exactness> exactness,
                            ForkVm forkVm) {
        this(schemaVersion, timestamp, gitCommit, fingerprint, settings, List.of(), List.of(), results, overheads,
                overall, List.of(), verdict, exactness, forkVm);
    }

    /** The row of one scenario x mode. */
    @JsonIgnore
    public Optional<ModeResult> result(String scenario, String mode) {
        return results.stream().filter(r -> r.scenario().equals(scenario) && r.mode().equals(mode)).findFirst();
    }

    /** The overhead row of one scenario x exact mode. */
    @JsonIgnore
    public Optional<Overhead> overhead(String scenario, String mode) {
        return overheads.stream().filter(o -> o.scenario().equals(scenario) && o.mode().equals(mode)).findFirst();
    }

    /** The overall overhead of one exact mode. */
    @JsonIgnore
    public Optional<OverallOverhead> overall(String mode) {
        return overall.stream().filter(o -> o.mode().equals(mode)).findFirst();
    }

    /** The exactness of one scenario. */
    @JsonIgnore
    public Optional<Exactness> exactness(String scenario) {
        return exactness.stream().filter(e -> e.scenario().equals(scenario)).findFirst();
    }

    /** The target verdict of one scenario. */
    @JsonIgnore
    public Optional<ScenarioVerdict> scenarioVerdict(String scenario) {
        return scenarioVerdicts.stream().filter(v -> v.scenario().equals(scenario)).findFirst();
    }

    /** The bundle and bar count of one scenario. */
    @JsonIgnore
    public Optional<ScenarioInfo> scenario(String scenario) {
        return scenarios.stream().filter(s -> s.scenario().equals(scenario)).findFirst();
    }

    /** What a mode is: as recorded with the results, else from the plugin's mode table. */
    @JsonIgnore
    public ModeInfo modeInfo(String mode) {
        return modes.stream().filter(m -> m.mode().equals(mode)).findFirst().orElseGet(() -> ModeMetadata.of(mode));
    }

    /** The modes of the run in settings order (the order of every table and the colours of every chart). */
    @JsonIgnore
    public List<String> modeNames() {
        if (settings != null) {
            return settings.modes();
        }
        return results.stream().map(ModeResult::mode).distinct().toList();
    }

    /** The scenarios of the run in settings order. */
    @JsonIgnore
    public List<String> scenarioNames() {
        if (settings != null) {
            return settings.scenarios();
        }
        return results.stream().map(ModeResult::scenario).distinct().toList();
    }
}
