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
                "daily/decimal", "hourly/decimal", "daily/decimal-native", "hourly/decimal-native");
        assertThat(r.schemaVersion()).isEqualTo(1);
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
    void overallIsPerModeAndTheRunVerdictIsTheCheapestExactMode() {
        BenchmarkResults r = Fixtures.sampleRun();
        assertThat(r.overall()).extracting(OverallOverhead::mode).containsExactly("decimal", "decimal-native");
        OverallOverhead dec = r.overall("decimal").orElseThrow();
        double expected = (Math.sqrt((1 + r.overhead("daily", "decimal").orElseThrow().overheadPercent() / 100)
                * (1 + r.overhead("hourly", "decimal").orElseThrow().overheadPercent() / 100)) - 1) * 100;
        assertThat(dec.overheadPercent()).isCloseTo(expected, within(1e-9));
        assertThat(dec.verdict()).isEqualTo(TargetVerdict.MISSED);
        assertThat(r.verdict()).isEqualTo(new RunVerdict("decimal-native", TargetVerdict.MET));
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
}
