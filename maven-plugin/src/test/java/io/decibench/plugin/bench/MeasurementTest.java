package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void explicit_parameters_beat_the_preset() {
        Measurement m = Measurement.QUICK.override(2, null, " ", 3, "200ms");

        assertThat(m).isEqualTo(new Measurement(2, 12, "100ms", 3, "200ms"));
    }

    @Test
    void no_overrides_keep_the_preset() {
        assertThat(Measurement.DEFAULT.override(null, null, null, null, null)).isEqualTo(Measurement.DEFAULT);
    }

    @Test
    void runs_below_one_names_the_property() {
        assertThatThrownBy(() -> Measurement.DEFAULT.override(0, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decibench.runs is 0 but must be at least 1");
    }

    @Test
    void zero_measured_iterations_are_rejected_but_zero_warmups_are_fine() {
        assertThat(Measurement.DEFAULT.override(null, 0, null, null, null).warmupIterations()).isZero();
        assertThatThrownBy(() -> Measurement.DEFAULT.override(null, null, null, 0, null))
                .hasMessageContaining("decibench.iterations");
    }

    @Test
    void times_must_be_jmh_durations() {
        assertThatThrownBy(() -> Measurement.DEFAULT.override(null, null, "1 second", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decibench.warmupTime is '1 second'").hasMessageContaining("500ms, 1s");
        assertThatThrownBy(() -> Measurement.DEFAULT.override(null, null, null, null, "0s"))
                .hasMessageContaining("decibench.iterationTime");
    }
}
