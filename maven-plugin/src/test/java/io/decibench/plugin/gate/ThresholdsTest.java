package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void warnAboveFailIsRejectedNamingBothProperties() {
        assertThatThrownBy(() -> new Thresholds(0.3, 0.2, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decibench.warnThreshold (0.3)")
                .hasMessageContaining("decibench.failThreshold (0.2)");
    }

    @Test
    void warnEqualToFailIsAllowed() {
        assertThat(new Thresholds(0.2, 0.2, 0.1).warn()).isEqualTo(0.2);
    }

    @Test
    void negativeOrNaNValuesAreRejected() {
        assertThatThrownBy(() -> new Thresholds(-0.01, 0.2, 0.1)).hasMessageContaining("decibench.warnThreshold");
        assertThatThrownBy(() -> new Thresholds(0.05, Double.NaN, 0.1)).hasMessageContaining("decibench.failThreshold");
        assertThatThrownBy(() -> new Thresholds(0.05, 0.2, -1)).hasMessageContaining("decibench.allocTolerance");
    }

    @Test
    void explicitValuesWinOverRecordedOverDefaults() {
        Thresholds recorded = new Thresholds(0.1, 0.3, 0.2);
        assertThat(Thresholds.resolve(null, null, null, null)).isEqualTo(Thresholds.DEFAULTS);
        assertThat(Thresholds.resolve(null, null, null, recorded)).isEqualTo(recorded);
        assertThat(Thresholds.resolve(0.02, null, 0.05, recorded)).isEqualTo(new Thresholds(0.02, 0.3, 0.05));
    }
}
