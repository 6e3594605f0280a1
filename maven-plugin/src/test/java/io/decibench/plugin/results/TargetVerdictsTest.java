package io.decibench.plugin.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.stats.TargetVerdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetVerdictsTest {

    private static Overhead row(String scenario, String mode, double p, TargetVerdict v) {
        return new Overhead(scenario, mode, p, p - 1, p + 1, List.of(), 30, v);
    }

    @Test
    void aScenarioMeetsTheTargetWithItsCheapestExactModeThatDoes() {
        List<Overhead> rows = List.of(row("daily", "decimal", 900, TargetVerdict.MISSED),
                row("daily", "decimal-fixed", 12, TargetVerdict.MET),
                row("daily", "decimal-native", 4, TargetVerdict.MET));
        assertThat(TargetVerdicts.perScenario(List.of("daily"), rows))
                .containsExactly(new ScenarioVerdict("daily", TargetVerdict.MET, "decimal-native"));
    }

    @Test
    void aScenarioMissesOnlyWhenEveryExactModeMisses() {
        List<Overhead> missed = List.of(row("rsi", "decimal", 400, TargetVerdict.MISSED),
                row("rsi", "joda-money", 85, TargetVerdict.MISSED));
        assertThat(TargetVerdicts.perScenario(List.of("rsi"), missed))
                .containsExactly(new ScenarioVerdict("rsi", TargetVerdict.MISSED, "joda-money"));
        List<Overhead> open = List.of(row("rsi", "decimal", 400, TargetVerdict.MISSED),
                row("rsi", "decimal-fixed", 31, TargetVerdict.INCONCLUSIVE));
        assertThat(TargetVerdicts.perScenario(List.of("rsi"), open))
                .containsExactly(new ScenarioVerdict("rsi", TargetVerdict.INCONCLUSIVE, "decimal-fixed"));
    }

    @Test
    void aScenarioWithoutAnEndToEndFigureHasNoVerdict() {
        Overhead sameEngineOnly = new Overhead("daily", "decimal-native", null, null, null, List.of(), 30, null,
                "float-native", 20.0, 18.0, 22.0, List.of(1.2));
        assertThat(TargetVerdicts.perScenario(List.of("daily"), List.of(sameEngineOnly))).isEmpty();
        assertThat(TargetVerdicts.run(List.of(), List.of(sameEngineOnly), List.of())).isNull();
    }

    @Test
    void theRunIsItsWorstScenario() {
        List<ScenarioVerdict> mixed = List.of(new ScenarioVerdict("daily", TargetVerdict.MET, "decimal-native"),
                new ScenarioVerdict("minute", TargetVerdict.INCONCLUSIVE, "decimal-fixed"),
                new ScenarioVerdict("rsi", TargetVerdict.MISSED, "joda-money"));
        assertThat(TargetVerdicts.run(mixed, List.of(), List.of()))
                .isEqualTo(new RunVerdict(TargetVerdict.MISSED, null, List.of("rsi")));
        assertThat(TargetVerdicts.run(mixed.subList(0, 2), List.of(), List.of()))
                .isEqualTo(new RunVerdict(TargetVerdict.INCONCLUSIVE, null, List.of("minute")));
    }

    @Test
    void aMetRunNamesTheCheapestModeThatMetEverywhere() {
        List<Overhead> rows = List.of(row("daily", "decimal-fixed", 12, TargetVerdict.MET),
                row("daily", "decimal-native", 4, TargetVerdict.MET),
                row("hourly", "decimal-fixed", 15, TargetVerdict.MET),
                row("hourly", "decimal-native", 35, TargetVerdict.MISSED));
        List<ScenarioVerdict> scenarios = TargetVerdicts.perScenario(List.of("daily", "hourly"), rows);
        List<OverallOverhead> overall = List.of(
                new OverallOverhead("decimal-fixed", 13.5, 12.0, 15.0, TargetVerdict.MET),
                new OverallOverhead("decimal-native", 18.0, 10.0, 25.0, TargetVerdict.MET));
        // decimal-native is cheaper overall but missed in hourly: decimal-fixed is the mode that met everywhere.
        assertThat(TargetVerdicts.run(scenarios, rows, overall))
                .isEqualTo(new RunVerdict(TargetVerdict.MET, "decimal-fixed", List.of("daily", "hourly")));
    }
}
