package io.decibench.plugin.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.plugin.stats.TargetVerdict;
import org.junit.jupiter.api.Test;

class TargetRejudgedTest {

    @Test
    void anotherTargetChangesTheVerdictsAndNothingMeasured() {
        BenchmarkResults recorded = Fixtures.sampleRun();
        assertThat(recorded.verdict().verdict()).isEqualTo(TargetVerdict.MET);
        assertThat(recorded.overhead("daily", "decimal").orElseThrow().verdict()).isEqualTo(TargetVerdict.MISSED);

        BenchmarkResults strict = TargetRejudged.against(recorded, 5);
        BenchmarkResults lenient = TargetRejudged.against(recorded, 500);

        // decimal-native's ~+10% misses a 5% target in every scenario; decimal's ~+40% meets a 500% one.
        assertThat(strict.verdict()).isEqualTo(new RunVerdict(TargetVerdict.MISSED, null,
                java.util.List.of("daily", "hourly")));
        assertThat(strict.scenarioVerdicts()).allSatisfy(v -> assertThat(v.verdict()).isEqualTo(TargetVerdict.MISSED));
        assertThat(lenient.overhead("daily", "decimal").orElseThrow().verdict()).isEqualTo(TargetVerdict.MET);
        assertThat(lenient.overall("decimal").orElseThrow().verdict()).isEqualTo(TargetVerdict.MET);
        assertThat(lenient.settings().targetPercent()).isEqualTo(500);
        assertThat(lenient.overhead("daily", "decimal").orElseThrow().targetPercent()).isEqualTo(500);
        assertThat(lenient.results()).isEqualTo(recorded.results());
        assertThat(lenient.overhead("daily", "decimal").orElseThrow().overheadPercent())
                .isEqualTo(recorded.overhead("daily", "decimal").orElseThrow().overheadPercent());
        assertThat(TargetRejudged.against(recorded, 30)).isEqualTo(recorded);
    }

    @Test
    void aTargetThatIsNotPositiveNamesItsProperty() {
        assertThatThrownBy(() -> TargetRejudged.against(Fixtures.sampleRun(), 0))
                .hasMessageContaining("decibench.target must be a positive percentage");
    }
}
