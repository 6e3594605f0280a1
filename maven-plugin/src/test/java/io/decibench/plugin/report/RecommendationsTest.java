package io.decibench.plugin.report;

import static io.decibench.plugin.results.Fixtures.fork;
import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.gate.GateRow;
import io.decibench.plugin.gate.Verdict;
import io.decibench.plugin.report.Recommendation.Kind;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.DecisionFlip;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ModeExactness;
import io.decibench.plugin.results.ResultsAssembler;
import io.decibench.plugin.results.Settings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommendationsTest {

    private static final Recommendations.Context NO_BASELINES = new Recommendations.Context(List.of(), false,
            "b.json");

    private static List<String> texts(List<Recommendation> items) {
        return items.stream().map(r -> r.asText().plain()).toList();
    }

    private static List<Kind> kinds(List<Recommendation> items) {
        return items.stream().map(Recommendation::kind).toList();
    }

    @Test
    void putsRegressionsFirstWithTheCommandThatAcceptsThem() {
        List<GateRow> rows = List.of(
                new GateRow("hourly", "decimal", "time", 4.0, 5.2, 0.3, 0.25, 0.35, Verdict.FAIL, "ms/op", null),
                new GateRow("daily", "decimal", "time", 4.0, 4.0, 0.0, -0.1, 0.1, Verdict.PASS, "ms/op", null));
        List<Recommendation> items = Recommendations.derive(Fixtures.sampleRun(),
                new Recommendations.Context(rows, true, "b.json"));

        assertThat(items.get(0).kind()).isEqualTo(Kind.REGRESSION);
        assertThat(items.get(0).command()).isEqualTo("mvn decibench:baseline");
        assertThat(items.get(0).text().plain()).contains("hourly decimal time FAIL").doesNotContain("daily");
        assertThat(kinds(items)).doesNotContain(Kind.BASELINE);
    }

    @Test
    void theModeAdviceFollowsTheScenarioVerdicts() {
        List<Recommendation> items = Recommendations.derive(Fixtures.mixedRun(List.of()), NO_BASELINES);

        // decimal-native met the target only where it ran; it is not the answer for the team's own ledger.
        Recommendation choice = items.stream().filter(r -> r.kind() == Kind.CHOICE).findFirst().orElseThrow();
        assertThat(choice.text().plain()).contains("per scenario: daily: decimal-native").doesNotContain("rsi")
                .doesNotContain("use it for this workload");
        Recommendation missed = items.stream().filter(r -> r.kind() == Kind.MISSED).findFirst().orElseThrow();
        assertThat(missed.text().plain()).contains("No exact mode meets the 30% target in rsi")
                .contains("the cheapest, joda-money");
        assertThat(missed.command()).isEqualTo("mvn decibench:profile -Ddecibench.scenarios=rsi"
                + " -Ddecibench.modes=joda-money");
    }

    @Test
    void aSingleModeThatMeetsTheTargetEverywhereIsRecommendedForTheWorkload() {
        List<Recommendation> items = Recommendations.derive(Fixtures.sampleRun(), NO_BASELINES);
        assertThat(texts(items)).anySatisfy(t -> assertThat(t).isEqualTo("decimal-native is the cheapest exact mode"
                + " that meets the 30% target, in every scenario (daily, hourly): use it for this workload."));
    }

    @Test
    void asksForBaselinesOnlyWhenThereAreNoneAndNeverForAQuickRun() {
        assertThat(Recommendations.derive(Fixtures.sampleRun(), NO_BASELINES)).filteredOn(r -> r.kind() == Kind.BASELINE)
                .singleElement().satisfies(r -> {
                    assertThat(r.text().plain()).startsWith("No baselines yet").contains("b.json");
                    assertThat(r.command()).isEqualTo("mvn decibench:baseline");
                });
        assertThat(kinds(Recommendations.derive(Fixtures.sampleRun(), new Recommendations.Context(List.of(), true,
                "b.json")))).doesNotContain(Kind.BASELINE);

        BenchmarkResults r = Fixtures.sampleRun();
        Settings s = r.settings();
        BenchmarkResults quick = new BenchmarkResults(r.schemaVersion(), r.timestamp(), r.gitCommit(),
                r.fingerprint(), new Settings(s.scenarios(), s.modes(), 3, 2, "500ms", 3, "500ms", true,
                s.targetPercent(), s.confidence(), s.order(), s.forkTimeoutSeconds()), r.modes(), r.scenarios(),
                r.results(), r.overheads(), r.overall(), r.scenarioVerdicts(), r.verdict(), r.exactness(), r.forkVm());
        List<Recommendation> items = Recommendations.derive(quick, NO_BASELINES);
        assertThat(kinds(items)).contains(Kind.QUICK).doesNotContain(Kind.BASELINE);
        assertThat(texts(items)).noneSatisfy(t -> assertThat(t).contains("decibench:baseline"));
    }

    @Test
    void anInconclusiveRowSuggestsHowManyRoundsWouldDecide() {
        double[] ratios = {1.20, 1.38, 1.25, 1.33, 1.29};
        List<ForkSample> forks = new ArrayList<>();
        for (int r = 1; r <= ratios.length; r++) {
            forks.add(fork("daily", "float", r, 2.0, Double.NaN));
            forks.add(fork("daily", "decimal", r, 2.0 * ratios[r - 1], Double.NaN));
        }
        BenchmarkResults run = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily"),
                List.of("float", "decimal"), 5), Fixtures.fingerprint(), null, Instant.EPOCH, List.of(), Map.of());
        Recommendation r = Recommendations.derive(run, NO_BASELINES).get(0);
        assertThat(r.kind()).isEqualTo(Kind.INCONCLUSIVE);
        assertThat(r.text().plain()).startsWith("daily x decimal: the end-to-end interval").contains("INCONCLUSIVE");
        assertThat(r.asText().plain()).containsPattern("mvn verify -Ddecibench.runs=\\d+$|too close to the target");
    }

    @Test
    void disagreeingExactModesAndDecisionFlipsAreCalledOut() {
        Exactness e = new Exactness("rsi", "decimal", List.of("decimal", "joda-money"), false, List.of(
                new ModeExactness("float", false, "1.0", "f", 3L, 300L, "0.3", null, "0.01", "0.02", "0.00000001",
                        true, 2, List.of(new DecisionFlip("SYM003", 1234, "2024-09-12", 100, 0))),
                new ModeExactness("decimal", true, "1.0", "d", 3L, 300L, "0.3", null, null, null, null, null, null,
                        List.of()),
                new ModeExactness("joda-money", true, "1.1", "j", 3L, 300L, "0.3", false, null, null, null, null,
                        null, List.of())));
        List<Recommendation> items = Recommendations.derive(Fixtures.mixedRun(List.of(e)), NO_BASELINES);
        assertThat(items.get(0).kind()).isEqualTo(Kind.EXACTNESS);
        assertThat(items.get(0).text().plain()).contains("The exact modes disagree in rsi: joda-money differs from"
                + " decimal (compared: decimal, joda-money)");
        assertThat(texts(items)).anySatisfy(t -> assertThat(t).contains("float takes 2 decisions differently from the"
                + " exact ledger (decimal) in rsi, first at SYM003 bar 1234 (2024-09-12)"));
    }

    @Test
    void heavyAllocationIsComparedWithTheSameEngineReference() {
        List<Recommendation> items = Recommendations.derive(Fixtures.sampleRun(), NO_BASELINES);
        assertThat(items).filteredOn(r -> r.kind() == Kind.ALLOCATION).singleElement()
                .satisfies(r -> assertThat(r.text().plain()).startsWith("decimal allocates over 1 MiB per backtest"
                        + " (daily: 23.8 MiB, 195312× float; hourly: 23.8 MiB, 195312× float)"));
    }
}
