package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ResultsAssembler;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationsTest {

    private static ReportData data(BenchmarkResults r, List<RegressionRow> rows, boolean baselines) {
        return new ReportData(Path.of("r.json"), r, List.of(), rows, !rows.isEmpty(), Path.of("b.json"), baselines,
                List.of());
    }

    @Test
    void recommendsTheModeThatMeetsTheTargetAndProfilingTheOneThatMisses() {
        List<String> items = Recommendations.of(data(Fixtures.sampleRun(), List.of(), true));

        assertThat(items).anySatisfy(s -> assertThat(s).startsWith("Use decimal-native for money arithmetic")
                .contains("where decimal misses it"));
        assertThat(items).anySatisfy(s -> assertThat(s)
                .contains("mvn decibench:profile -Ddecibench.scenarios=daily -Ddecibench.modes=decimal"));
        // The sample's daily float drifted 0.0012 from the exact ledger; hourly did not drift.
        assertThat(items).anySatisfy(s -> assertThat(s).startsWith("float drifted").contains("daily"));
        assertThat(items).noneSatisfy(s -> assertThat(s).startsWith("float drifted").contains("hourly"));
        // BigDecimal's 250 kB/op against float's 128 B/op.
        assertThat(items).anySatisfy(s -> assertThat(s).startsWith("daily / decimal allocates"));
        assertThat(items).noneSatisfy(s -> assertThat(s).startsWith("No baselines"));
    }

    @Test
    void asksForMoreRoundsWhenAnOverheadHasNoUsableInterval() {
        List<ForkSample> forks = new ArrayList<>();
        forks.add(Fixtures.fork("daily", "float", 1, 10, 100));
        forks.add(Fixtures.fork("daily", "decimal", 1, 13, 100));
        BenchmarkResults oneRound = ResultsAssembler.assemble(forks,
                Fixtures.settings(List.of("daily"), List.of("float", "decimal"), 1), Fixtures.fingerprint(), null,
                Instant.EPOCH, List.<Exactness>of(), Map.of());

        List<String> items = Recommendations.of(data(oneRound, List.of(), false));

        assertThat(items).anySatisfy(s -> assertThat(s).contains("daily / decimal is not precise enough")
                .contains("-Ddecibench.runs=5"));
        assertThat(items).anySatisfy(s -> assertThat(s).startsWith("No baselines yet").contains("b.json"));
    }

    @Test
    void pointsAtTheBaselineCommandWhenARowRegressed() {
        List<String> items = Recommendations.of(data(Fixtures.sampleRun(), List.of(
                new RegressionRow("hourly", "decimal", "time", 4.0, 5.2, 0.3, 0.25, 0.35, "FAIL")), true));

        assertThat(items).anySatisfy(s -> assertThat(s).contains("hourly / decimal time FAIL")
                .contains("mvn decibench:baseline"));
    }
}
