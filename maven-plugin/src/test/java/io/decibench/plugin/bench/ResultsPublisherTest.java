package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ResultsJson;
import io.decibench.plugin.results.Settings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
                dir.resolve("h/history.jsonl"));
        assertThat(ResultsJson.read(dir.resolve("benchmark-results.json"))).isEqualTo(results);
        assertThat(dir.resolve("overhead-report.md")).content().startsWith("# Decibench overhead report");
        assertThat(Files.readAllLines(dir.resolve("h/history.jsonl"))).hasSize(2);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("benchmark-results.json", "overhead-report.md", "h");
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
                List.of("float", "decimal"), 3, 6, "300ms", 3, "100ms", true, 25.0, 0.95, "williams", 90));
    }

    @Test
    void exactness_keeps_every_digit_as_plain_strings() {
        ScenarioExactness e = ScenarioExactness.of("daily", List.of(
                new ProbeRun("daily", "float", new BigDecimal("1.0000000000000001E+5"), "f"),
                new ProbeRun("daily", "decimal", new BigDecimal("100000.0000"), "d")));

        Exactness x = ResultsPublisher.exactness(e);

        assertThat(x.finalValue()).containsEntry("float", "100000.00000000001").containsEntry("decimal", "100000.0000");
        assertThat(x.floatDriftFinal()).isEqualTo("0.00000000001");
        assertThat(x.floatDriftMaxSession()).isNull();
        assertThat(x.floatWithinTolerance()).isTrue();
    }
}
