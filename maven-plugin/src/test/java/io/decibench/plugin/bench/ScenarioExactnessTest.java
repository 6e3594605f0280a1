package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioExactnessTest {

    private static ProbeRun run(String mode, String value, String hash) {
        return new ProbeRun("daily", mode, new BigDecimal(value), hash);
    }

    @Test
    void decimal_modes_agree_and_float_drift_is_measured_against_them() {
        ScenarioExactness e = ScenarioExactness.of("daily", List.of(
                run("float", "104321.12345678901", "f"),
                run("decimal", "104321.1234", "d"),
                run("decimal-native", "104321.1234", "d"),
                new ProbeRun("hourly", "float", BigDecimal.ONE, "x")));

        assertThat(e.decimalModesAgree()).isTrue();
        assertThat(e.floatDriftFinal()).isEqualByComparingTo("0.00005678901");
        assertThat(e.floatWithinTolerance()).isTrue();
        assertThat(e.floatDriftMaxSession()).isNull();
        assertThat(e.finalValue()).containsOnlyKeys("float", "decimal", "decimal-native");
        assertThat(e.sessionValuesSha256()).containsEntry("decimal-native", "d");
    }

    @Test
    void a_different_hash_or_value_means_the_decimal_modes_disagree() {
        assertThat(ScenarioExactness.of("daily", List.of(run("decimal", "1.0000", "a"),
                run("decimal-native", "1.0000", "b"))).decimalModesAgree()).isFalse();
        assertThat(ScenarioExactness.of("daily", List.of(run("decimal", "1.0000", "a"),
                run("decimal-native", "1.0001", "a"))).decimalModesAgree()).isFalse();
    }

    @Test
    void float_beyond_one_in_a_million_is_out_of_tolerance() {
        ScenarioExactness e = ScenarioExactness.of("daily", List.of(run("float", "100000.2", "f"),
                run("decimal", "100000.0000", "d")));

        assertThat(e.floatDriftFinal()).isEqualByComparingTo("0.2");
        assertThat(e.floatWithinTolerance()).isFalse();
    }

    @Test
    void without_a_decimal_mode_there_is_no_drift() {
        ScenarioExactness e = ScenarioExactness.of("daily", List.of(run("float", "1", "f")));

        assertThat(e.floatDriftFinal()).isNull();
        assertThat(e.floatWithinTolerance()).isNull();
        assertThat(e.decimalModesAgree()).isTrue();
    }

    @Test
    void the_largest_session_drift_is_taken_over_every_session_close() {
        List<BigDecimal> exact = List.of(new BigDecimal("100000.0000"), new BigDecimal("100010.0100"),
                new BigDecimal("99990.5000"));
        List<BigDecimal> floats = List.of(new BigDecimal("100000.0000"), new BigDecimal("100010.0200"),
                new BigDecimal("99990.4990"));
        ScenarioExactness e = ScenarioExactness.of("daily", List.of(
                new ProbeRun("daily", "float", floats.get(2), "f", floats),
                new ProbeRun("daily", "decimal", exact.get(2), "d", exact)));

        assertThat(e.floatDriftMaxSession()).isEqualByComparingTo("0.0100");
        assertThat(e.floatDriftFinal()).isEqualByComparingTo("0.0010");
    }

    @Test
    void session_lists_of_different_length_give_no_session_drift() {
        ScenarioExactness e = ScenarioExactness.of("daily", List.of(
                new ProbeRun("daily", "float", BigDecimal.ONE, "f", List.of(BigDecimal.ONE)),
                new ProbeRun("daily", "decimal", BigDecimal.ONE, "d", List.of(BigDecimal.ONE, BigDecimal.ONE))));

        assertThat(e.floatDriftMaxSession()).isNull();
    }
}
