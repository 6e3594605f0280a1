package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.plugin.config.ScenarioCatalog;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ModeMetadata;
import io.decibench.plugin.results.ResultsJson;
import io.decibench.plugin.results.Settings;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsPublisherTest {

    @TempDir
    Path dir;

    @Test
    void writes_results_report_and_one_history_line_per_run() throws Exception {
        BenchmarkResults results = Fixtures.sampleRun();

        List<Path> written = ResultsPublisher.write(results, dir, dir.resolve("h/history.jsonl"));
        ResultsPublisher.write(results, dir, dir.resolve("h/history.jsonl"));

        assertThat(written).containsExactly(dir.resolve("benchmark-results.json"), dir.resolve("overhead-report.md"),
                dir.resolve("overhead-report-overhead-chart.svg"), dir.resolve("h/history.jsonl"));
        assertThat(ResultsJson.read(dir.resolve("benchmark-results.json"))).isEqualTo(results);
        assertThat(dir.resolve("overhead-report.md")).content().startsWith("# Decibench overhead report");
        assertThat(Files.readAllLines(dir.resolve("h/history.jsonl"))).hasSize(2);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("benchmark-results.json", "overhead-report.md",
                            "overhead-report-overhead-chart.svg", "h");
        }
    }

    @Test
    void a_run_that_cannot_write_all_three_files_changes_none_of_them() throws Exception {
        BenchmarkResults results = Fixtures.sampleRun();
        ResultsPublisher.write(results, dir, dir.resolve("h/history.jsonl"));
        byte[] json = Files.readAllBytes(dir.resolve("benchmark-results.json"));
        byte[] report = Files.readAllBytes(dir.resolve("overhead-report.md"));
        byte[] chart = Files.readAllBytes(dir.resolve("overhead-report-overhead-chart.svg"));
        Files.writeString(dir.resolve("blocked"), "a file where the history's folder should be");
        BenchmarkResults next = new BenchmarkResults(results.schemaVersion(), Instant.parse("2027-01-01T00:00:00Z"),
                "ffffff", results.fingerprint(), results.settings(), results.results(), results.overheads(),
                results.overall(), results.verdict(), results.exactness(), results.forkVm());

        assertThatThrownBy(() -> ResultsPublisher.write(next, dir, dir.resolve("blocked/history.jsonl")))
                .isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(dir.resolve("benchmark-results.json"))).isEqualTo(json);
        assertThat(Files.readAllBytes(dir.resolve("overhead-report.md"))).isEqualTo(report);
        assertThat(Files.readAllBytes(dir.resolve("overhead-report-overhead-chart.svg"))).isEqualTo(chart);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("benchmark-results.json", "overhead-report.md",
                            "overhead-report-overhead-chart.svg", "h", "blocked");
        }
    }

    @Test
    void settings_record_what_was_run() {
        BenchmarkRequest request = new BenchmarkRequest(
                SuiteSelection.parse("daily", List.of("daily", "hourly"), "float,decimal",
                        List.of("float", "decimal", "decimal-native")),
                Measurement.QUICK, true, 25, dir, dir, dir, Duration.ofSeconds(90), List.of("-Xmx1g"), false, false,
                new ForkClasspath(List.of()), dir);

        assertThat(ResultsPublisher.settings(request)).isEqualTo(new Settings(List.of("daily"),
                List.of("float", "decimal"), 3, 12, "100ms", 9, "100ms", true, 25.0, 0.95, "williams", 90));
    }

    @Test
    void exactness_keeps_every_digit_as_plain_strings() {
        Exactness x = ExactnessComparison.of("daily", List.of(
                new ProbeRun("daily", "float", new BigDecimal("1.0000000000000001E+5"), "f"),
                new ProbeRun("daily", "decimal", new BigDecimal("100000.0000"), "d")), ModeMetadata::of, null);

        assertThat(x.mode("float").orElseThrow().finalValue()).isEqualTo("100000.00000000001");
        assertThat(x.mode("decimal").orElseThrow().finalValue()).isEqualTo("100000.0000");
        assertThat(x.mode("float").orElseThrow().driftFinal()).isEqualTo("0.00000000001");
        assertThat(x.mode("float").orElseThrow().driftMaxSession()).isNull();
        assertThat(x.mode("float").orElseThrow().withinTolerance()).isTrue();
    }

    @Test
    void a_built_in_scenario_gets_its_bars_per_backtest_from_its_bundle_spec() {
        assertThat(ResultsPublisher.layout(ScenarioCatalog.builtIn(), "hourly").info("hourly").bars())
                .isEqualTo(20L * BundleLayout.of(io.decibench.kernel.bundle.Presets.PROFILING_HOURLY)
                        .info("x").barsPerAsset());
        assertThat(ResultsPublisher.layout(ScenarioCatalog.builtIn(), "nope")).isNull();
    }
}
