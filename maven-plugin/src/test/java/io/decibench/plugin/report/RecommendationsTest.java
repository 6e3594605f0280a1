package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ResultsAssembler;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationsTest {

    private static ReportData data(BenchmarkResults r, List<RegressionRow> rows, boolean baselines) {
        return new ReportData(Path.of("r.json"), r, List.of(), rows, !rows.isEmpty(), Path.of("b.json"), baselines,
                List.of());
    }

    private static BenchmarkResults missedOneRound() {
        List<ForkSample> forks = List.of(Fixtures.fork("daily", "float", 1, 10, 100),
                Fixtures.fork("daily", "decimal", 1, 13, 100));
        return ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily"), List.of("float", "decimal"), 1),
                Fixtures.fingerprint(), null, Instant.EPOCH, List.of(), Map.of());
    }

    @Test
    void putsRegressionsFirstWithTheCommandThatAcceptsThem() {
        List<String> items = Recommendations.of(data(Fixtures.sampleRun(), List.of(
                new RegressionRow("hourly", "decimal", "time", 4.0, 5.2, 0.3, 0.25, 0.35, "FAIL"),
                new RegressionRow("daily", "decimal", "time", 4.0, 4.0, 0.0, -0.1, 0.1, "PASS")), true));

        assertThat(items.get(0)).contains("hourly / decimal time FAIL").contains("mvn decibench:baseline")
                .doesNotContain("daily");
        // Then the steps derived from the numbers, as in overhead-report.md.
        assertThat(items.subList(1, items.size()))
                .isEqualTo(io.decibench.plugin.markdown.Recommendations.derive(Fixtures.sampleRun()));
    }

    @Test
    void asksForBaselinesWhenThereAreNoneAndNothingElseSaysSo() {
        List<String> items = Recommendations.of(data(missedOneRound(), List.of(), false));

        assertThat(items.get(0)).startsWith("No baselines yet").contains("b.json");
        assertThat(Recommendations.of(data(missedOneRound(), List.of(), true)))
                .noneSatisfy(s -> assertThat(s).startsWith("No baselines yet"));
    }
}
