package io.decibench.plugin.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.decibench.plugin.gate.Thresholds;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationAnalysisTest {

    /** A session of the sample run with the whole machine {@code speed} times slower, ending {@code minute} later. */
    private static BenchmarkResults session(double speed, int minute, Map<String, Double> slowdown) {
        Map<String, Double> factor = new LinkedHashMap<>(Map.of("float", speed, "decimal", speed, "decimal-native",
                speed));
        slowdown.forEach((mode, f) -> factor.merge(mode, 1 + f, (a, b) -> a * b));
        BenchmarkResults r = Fixtures.sampleRun(factor, 1);
        Settings s = r.settings();
        Settings settings = new Settings(s.scenarios(), s.modes(), s.runs(), s.warmupIterations(), s.warmupTime(),
                s.iterations(), s.iterationTime(), s.quick(), s.targetPercent(), s.confidence(), s.order(),
                s.forkTimeoutSeconds(), s.forkStatistic(), slowdown, s.contentionLimit());
        return new BenchmarkResults(r.schemaVersion(), r.timestamp().plusSeconds(60L * minute), r.gitCommit(),
                r.fingerprint(), settings, r.results(), r.overheads(), r.overall(), r.verdict(), r.exactness(),
                r.forkVm());
    }

    private static final double[] SPEEDS = {1.0, 1.1, 0.9, 1.05};

    private static CalibrationRunner.Sessions sessions() {
        List<BenchmarkResults> same = new ArrayList<>();
        List<BenchmarkResults> slowed = new ArrayList<>();
        for (int i = 0; i < SPEEDS.length; i++) {
            same.add(session(SPEEDS[i], 2 * i, Map.of()));
            slowed.add(session(SPEEDS[i], 2 * i + 1, Map.of("decimal", 1.0)));
        }
        return new CalibrationRunner.Sessions(same, Map.of(1.0, slowed), Duration.ofSeconds(80), 30);
    }

    @Test
    void separatesTheMachinesSessionOffsetFromEachRowsOwnAndFromTheRoundDrift() {
        CalibrationAnalysis.Measured m = CalibrationAnalysis.measure(sessions().sameCode());

        double[] logs = java.util.Arrays.stream(SPEEDS).map(Math::log).toArray();
        double mean = java.util.Arrays.stream(logs).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(logs).map(l -> (l - mean) * (l - mean)).sum() / 3);
        // Every row of a session moves by the machine's speed: the whole of the time rows' session offset.
        assertThat(m.model().machineSessionSd()).isCloseTo(sd, within(0.003));
        assertThat(m.cells()).filteredOn(c -> c.metric().equals("time"))
                .allSatisfy(c -> assertThat(c.sessionSd()).isCloseTo(sd, within(0.003)));
        // It cancels in the ratio: no ratio session offset, only the ratio's own fork wobble.
        assertThat(m.cells()).filteredOn(c -> c.metric().equals("overhead-ratio")).hasSize(4)
                .allSatisfy(c -> {
                    assertThat(c.sessionSd()).isLessThan(1e-9);
                    assertThat(c.forkSd()).isCloseTo(0.0079, within(0.001));
                });
        // The fixture's round wobble (±1.6%) is shared by a round's modes: the round drift.
        assertThat(m.model().roundSd()).isCloseTo(0.0158, within(0.003));
        assertThat(m.model().cells()).hasSize(6).allSatisfy(c -> assertThat(c.sessionSd()).isLessThan(0.003));
    }

    @Test
    void reportsTheMeasuredBuildsTheSimulatedRatesAndARecommendation() {
        CalibrationPlan plan = new CalibrationPlan(4, "decimal", List.of(1.0));
        Calibration c = new CalibrationAnalysis(Thresholds.DEFAULTS, 100, 5).analyse(plan, sessions(),
                Instant.parse("2026-12-01T12:00:00Z"));

        assertThat(c.sameCode().builds()).isEqualTo(4);
        assertThat(c.sameCode().fail()).isZero();
        assertThat(c.detection()).singleElement().satisfies(d -> {
            assertThat(d.slowdown()).isEqualTo(1.0);
            assertThat(d.builds()).isEqualTo(4);
            assertThat(d.modeFail()).as("twice as slow, against four sessions").isEqualTo(4);
        });
        assertThat(c.predicted().get(0).runs()).isEqualTo(5);
        assertThat(c.predicted().get(0).baselineSessions()).isEqualTo(4);
        assertThat(c.predicted()).extracting(Calibration.Prediction::runs).contains(5, 8, 10, 15);
        assertThat(c.durationSeconds()).isEqualTo(80);
        assertThat(c.sessionSeconds()).isEqualTo(10);
        assertThat(c.forkSeconds()).isCloseTo(10.0 / 30, within(1e-12));
        assertThat(c.forks()).isEqualTo(8 * 30);
        assertThat(c.contendedForks()).isZero();
        assertThat(c.recommendation().text()).isNotBlank();
        assertThat(CalibrationTable.lines(c)).anyMatch(l -> l.startsWith("Measured: 4 same-code build(s)"))
                .anyMatch(l -> l.contains("decimal +100.0%: 4 build(s): decimal rows FAIL in 4"));
    }

    @Test
    void thePlanSlowsDecimalUnlessToldOtherwise() {
        assertThat(CalibrationPlan.of(3, null, null, List.of("float", "decimal", "decimal-native")))
                .isEqualTo(new CalibrationPlan(3, "decimal", List.of(0.10, 0.25)));
        assertThat(CalibrationPlan.of(2, "", "0.5", List.of("float", "decimal-native")).mode())
                .isEqualTo("decimal-native");
        assertThat(CalibrationPlan.of(2, null, "0.5", List.of("float", "decimal")).runs()).isEqualTo(4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CalibrationPlan.of(1, null, null, List.of("float",
                "decimal"))).hasMessageContaining("decibench.calibrationSessions must be at least 2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CalibrationPlan.of(2, "decimal", "x", List.of(
                "float", "decimal"))).hasMessageContaining("decibench.calibrationSlowdowns");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CalibrationPlan.of(2, "bigdecimal", null,
                List.of("float", "decimal"))).hasMessageContaining("decibench.calibrationMode 'bigdecimal'");
    }
}
