package io.decibench.plugin.results;

import static io.decibench.plugin.results.Fixtures.fork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.decibench.plugin.stats.TargetVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsAssemblerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T22:00:00Z");
    private static final List<String> ALL_MODES = List.of("float", "decimal", "decimal-native");

    @Test
    void oneRowPerScenarioAndModeInSettingsOrder() {
        BenchmarkResults r = Fixtures.sampleRun();
        assertThat(r.results()).extracting(m -> m.scenario() + "/" + m.mode()).containsExactly(
                "daily/float", "daily/decimal", "daily/decimal-native",
                "hourly/float", "hourly/decimal", "hourly/decimal-native");
        assertThat(r.overheads()).extracting(o -> o.scenario() + "/" + o.mode()).containsExactly(
                "daily/decimal", "daily/decimal-native", "hourly/decimal", "hourly/decimal-native");
        assertThat(r.schemaVersion()).isEqualTo(2);
    }

    @Test
    void statisticsAreOverForkMeansInRoundOrder() {
        List<ForkSample> forks = List.of(
                new ForkSample("daily", "float", 2, 1, "ms/op", List.of(3.0, 5.0), 100),
                new ForkSample("daily", "float", 1, 0, "ms/op", List.of(1.0, 3.0), 300));
        BenchmarkResults r = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily"),
                List.of("float"), 2), Fixtures.fingerprint(), null, NOW, List.of(), Map.of());
        ModeResult m = r.result("daily", "float").orElseThrow();
        assertThat(m.forkMeans()).containsExactly(2.0, 4.0);
        assertThat(m.samples()).containsExactly(List.of(1.0, 3.0), List.of(3.0, 5.0));
        assertThat(m.mean()).isEqualTo(3.0);
        assertThat(m.median()).isEqualTo(3.0);
        assertThat(m.min()).isEqualTo(2.0);
        assertThat(m.max()).isEqualTo(4.0);
        // sd = sqrt(2), t(0.975, 1) = 12.706
        assertThat(m.ciHigh() - m.mean()).isCloseTo(12.7062047362 * Math.sqrt(2) / Math.sqrt(2), within(1e-6));
        assertThat(m.allocBytesPerOp()).isEqualTo(200.0);
        assertThat(r.overheads()).isEmpty();
        assertThat(r.verdict()).isNull();
    }

    @Test
    void overheadsPairForksOfTheSameRound() {
        BenchmarkResults r = Fixtures.sampleRun();
        Overhead daily = r.overhead("daily", "decimal").orElseThrow();
        assertThat(daily.pairRatios()).hasSize(5);
        assertThat(daily.pairRatios().get(1)).isCloseTo(1.40 * 1.01, within(1e-12));
        assertThat(daily.overheadPercent()).isCloseTo(40.0, within(0.5));
        assertThat(daily.verdict()).isEqualTo(TargetVerdict.MISSED);
        assertThat(r.overhead("daily", "decimal-native").orElseThrow().verdict()).isEqualTo(TargetVerdict.MET);
        assertThat(daily.targetPercent()).isEqualTo(30.0);
    }

    @Test
    void overallIsPerModeOverTheScenariosThatRanIt() {
        BenchmarkResults r = Fixtures.sampleRun();
        assertThat(r.overall()).extracting(OverallOverhead::mode).containsExactly("decimal", "decimal-native");
        OverallOverhead dec = r.overall("decimal").orElseThrow();
        double expected = (Math.sqrt((1 + r.overhead("daily", "decimal").orElseThrow().overheadPercent() / 100)
                * (1 + r.overhead("hourly", "decimal").orElseThrow().overheadPercent() / 100)) - 1) * 100;
        assertThat(dec.overheadPercent()).isCloseTo(expected, within(1e-9));
        assertThat(dec.verdict()).isEqualTo(TargetVerdict.MISSED);
        assertThat(dec.scenarios()).containsExactly("daily", "hourly");
        assertThat(r.scenarioVerdicts()).containsExactly(
                new ScenarioVerdict("daily", TargetVerdict.MET, "decimal-native"),
                new ScenarioVerdict("hourly", TargetVerdict.MET, "decimal-native"));
        assertThat(r.verdict()).isEqualTo(new RunVerdict(TargetVerdict.MET, "decimal-native",
                List.of("daily", "hourly")));
    }

    @Test
    void modesWithoutSamplesAreUnavailableWithTheReasonOrNotApplicable() {
        List<ForkSample> forks = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            forks.add(fork("daily", "float", round, 1.0 + round * 0.01, Double.NaN));
            forks.add(fork("daily", "decimal", round, 1.2 + round * 0.01, Double.NaN));
            forks.add(fork("custom", "float", round, 2.0, Double.NaN));
        }
        BenchmarkResults r = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily", "custom"),
                ALL_MODES, 3), Fixtures.fingerprint(), "abc", NOW, List.of(),
                Map.of("decimal-native", "libdecibench.so not found: build it with `mvn -pl kernel-native package`"));

        ModeResult nativeRow = r.result("daily", "decimal-native").orElseThrow();
        assertThat(nativeRow.status()).isEqualTo(ModeStatus.UNAVAILABLE);
        assertThat(nativeRow.reason()).contains("libdecibench.so");
        assertThat(nativeRow.mean()).isNull();
        ModeResult customDecimal = r.result("custom", "decimal").orElseThrow();
        assertThat(customDecimal.status()).isEqualTo(ModeStatus.NOT_APPLICABLE);
        assertThat(customDecimal.reason()).contains("custom").contains("decimal");
        assertThat(r.overheads()).extracting(o -> o.scenario() + "/" + o.mode()).containsExactly("daily/decimal");
        assertThat(r.overall()).extracting(OverallOverhead::mode).containsExactly("decimal");
        assertThat(r.verdict().mode()).isEqualTo("decimal");
    }

    @Test
    void oneRoundGivesPointEstimatesAndInconclusiveVerdicts() {
        List<ForkSample> forks = List.of(fork("daily", "float", 1, 1.0, 10), fork("daily", "decimal", 1, 1.05, 10));
        BenchmarkResults r = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily"),
                List.of("float", "decimal"), 1), Fixtures.fingerprint(), null, NOW, List.of(), Map.of());
        Overhead o = r.overhead("daily", "decimal").orElseThrow();
        assertThat(o.overheadPercent()).isCloseTo(5.0, within(1e-9));
        assertThat(o.overheadCiLow()).isNull();
        assertThat(o.verdict()).isEqualTo(TargetVerdict.INCONCLUSIVE);
        assertThat(r.overall("decimal").orElseThrow().verdict()).isEqualTo(TargetVerdict.INCONCLUSIVE);
    }

    @Test
    void rejectsForksOutsideTheSettingsAndDuplicateRounds() {
        var settings = Fixtures.settings(List.of("daily"), List.of("float", "decimal"), 2);
        assertThatThrownBy(() -> ResultsAssembler.assemble(List.of(fork("weekly", "float", 1, 1, 1)), settings,
                Fixtures.fingerprint(), null, NOW, List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekly");
        assertThatThrownBy(() -> ResultsAssembler.assemble(List.of(fork("daily", "float", 1, 1, 1),
                fork("daily", "float", 1, 1, 1), fork("daily", "decimal", 1, 1, 1)), settings,
                Fixtures.fingerprint(), null, NOW, List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("round 1");
    }

    private static final List<String> FIVE = List.of("float", "decimal", "decimal-fixed", "float-native",
            "decimal-native");

    @Test
    void exactModesGetAnEndToEndAndASameEngineOverheadEachWithItsInterval() {
        List<ForkSample> forks = new ArrayList<>();
        Fixtures.rounds(forks, "daily", "float", 1.0);
        Fixtures.rounds(forks, "daily", "decimal", 10.0);
        Fixtures.rounds(forks, "daily", "decimal-fixed", 1.1);
        Fixtures.rounds(forks, "daily", "float-native", 0.8);
        Fixtures.rounds(forks, "daily", "decimal-native", 1.0);
        BenchmarkResults r = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily"), FIVE, 5),
                Fixtures.fingerprint(), null, NOW, List.of(), Map.of(), ModeMetadata.of(FIVE), List.of());

        // Binary-float modes have no overhead row: only exact modes are judged.
        assertThat(r.overheads()).extracting(Overhead::mode).containsExactly("decimal", "decimal-fixed",
                "decimal-native");
        Overhead nat = r.overhead("daily", "decimal-native").orElseThrow();
        assertThat(nat.overheadPercent()).isCloseTo(0.9, within(0.5));
        assertThat(nat.sameEngineReference()).isEqualTo("float-native");
        assertThat(nat.sameEngineOverheadPercent()).isCloseTo(25.0, within(0.5));
        assertThat(nat.sameEngineOverheadCiLow()).isLessThan(nat.sameEngineOverheadPercent());
        assertThat(nat.sameEngineOverheadCiHigh()).isGreaterThan(nat.sameEngineOverheadPercent());
        assertThat(nat.sameEnginePairRatios()).hasSize(5);
        // The target verdict judges end to end: +0% is MET although the same-engine cost is +25%.
        assertThat(nat.verdict()).isEqualTo(TargetVerdict.MET);
        Overhead fixed = r.overhead("daily", "decimal-fixed").orElseThrow();
        assertThat(fixed.sameEngineReference()).isEqualTo("float");
        assertThat(fixed.sameEngineOverheadPercent()).isEqualTo(fixed.overheadPercent());
        OverallOverhead overallNative = r.overall("decimal-native").orElseThrow();
        assertThat(overallNative.sameEngineScenarios()).containsExactly("daily");
        assertThat(overallNative.sameEngineOverheadPercent()).isCloseTo(25.0, within(0.5));
        assertThat(r.modes()).extracting(ModeInfo::mode).containsExactlyElementsOf(FIVE);
        assertThat(r.verdict()).isEqualTo(new RunVerdict(TargetVerdict.MET, "decimal-native", List.of("daily")));
    }

    @Test
    void theRunIsNeverMetWhileAScenarioMissedWithEveryExactMode() {
        // The native core met the target where it ran; the team's own ledger scenario missed with both its modes.
        BenchmarkResults r = Fixtures.mixedRun(List.of());

        assertThat(r.scenarioVerdicts()).containsExactly(
                new ScenarioVerdict("daily", TargetVerdict.MET, "decimal-native"),
                new ScenarioVerdict("rsi", TargetVerdict.MISSED, "joda-money"));
        assertThat(r.verdict()).isEqualTo(new RunVerdict(TargetVerdict.MISSED, null, List.of("rsi")));
        // Overall figures cover only the scenarios that ran the mode.
        assertThat(r.overall("decimal-native").orElseThrow().scenarios()).containsExactly("daily");
        assertThat(r.overall("joda-money").orElseThrow().scenarios()).containsExactly("rsi");
        // A user's mode is an exact Java mode unless its kernel says otherwise.
        assertThat(r.modeInfo("joda-money")).isEqualTo(new ModeInfo("joda-money", "java", true, "float"));
    }

    @Test
    void anUndecidedScenarioMakesTheRunInconclusiveAndMetWithDifferentModesNamesNoMode() {
        List<ForkSample> forks = new ArrayList<>();
        Fixtures.rounds(forks, "daily", "float", 1.0);
        Fixtures.rounds(forks, "daily", "decimal-fixed", 1.1);
        Fixtures.rounds(forks, "hourly", "float", 1.0);
        Fixtures.rounds(forks, "hourly", "decimal-native", 1.1);
        List<String> modes = List.of("float", "decimal-fixed", "decimal-native");
        BenchmarkResults met = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily", "hourly"), modes,
                5), Fixtures.fingerprint(), null, NOW, List.of(), Map.of());
        assertThat(met.verdict()).isEqualTo(new RunVerdict(TargetVerdict.MET, null, List.of("daily", "hourly")));

        List<ForkSample> one = List.of(fork("daily", "float", 1, 1.0, 1), fork("daily", "decimal-fixed", 1, 1.1, 1),
                fork("hourly", "float", 1, 1.0, 1), fork("hourly", "decimal-fixed", 1, 2.0, 1));
        BenchmarkResults undecided = ResultsAssembler.assemble(one, Fixtures.settings(List.of("daily", "hourly"),
                List.of("float", "decimal-fixed"), 1), Fixtures.fingerprint(), null, NOW, List.of(), Map.of());
        assertThat(undecided.verdict()).isEqualTo(new RunVerdict(TargetVerdict.INCONCLUSIVE, null,
                List.of("daily", "hourly")));
    }

    @Test
    void timesPerBarComeFromTheScenariosBarCounts() {
        List<ForkSample> forks = new ArrayList<>();
        Fixtures.rounds(forks, "daily", "float-native", 0.2);
        Fixtures.rounds(forks, "daily", "decimal-native", 0.25);
        List<String> modes = List.of("float-native", "decimal-native");
        BenchmarkResults r = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily"), modes, 5),
                Fixtures.fingerprint(), null, NOW, List.of(), Map.of(), ModeMetadata.of(modes),
                List.of(new ScenarioInfo("daily", "profiling-daily", 50, 753, 37_650)));
        ModeResult ref = r.result("daily", "float-native").orElseThrow();
        ModeResult exact = r.result("daily", "decimal-native").orElseThrow();
        assertThat(ref.nsPerBar()).isCloseTo(ref.mean() * 1e6 / 37_650, within(1e-9));
        assertThat(ref.extraNsPerBar()).isNull();
        assertThat(exact.extraNsPerBar()).isCloseTo(exact.nsPerBar() - ref.nsPerBar(), within(1e-12));
        // Without float there is no end-to-end figure and so no verdict, but the same-engine figure stands.
        Overhead o = r.overhead("daily", "decimal-native").orElseThrow();
        assertThat(o.overheadPercent()).isNull();
        assertThat(o.verdict()).isNull();
        assertThat(o.sameEngineOverheadPercent()).isCloseTo(25.0, within(1.0));
        assertThat(r.verdict()).isNull();
    }

    @Test
    void theTimestampIsKeptToTheSecond() {
        BenchmarkResults r = ResultsAssembler.assemble(List.of(fork("daily", "float", 1, 1.0, 1)),
                Fixtures.settings(List.of("daily"), List.of("float"), 1), Fixtures.fingerprint(), null,
                Instant.parse("2026-11-26T22:00:00.123456789Z"), List.of(), Map.of());
        assertThat(r.timestamp()).isEqualTo(NOW);
    }
}
