package io.decibench.plugin.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleSummaryTest {

    @Test
    void summarisesAnOddSample() {
        SampleSummary s = SampleSummary.of(List.of(3.0, 1.0, 2.0, 5.0, 4.0), 0.95);
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.median()).isEqualTo(3.0);
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(5.0);
        assertThat(s.sd()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        double half = 2.7764451052 * Math.sqrt(2.5) / Math.sqrt(5);
        assertThat(s.ciLow()).isCloseTo(3.0 - half, within(1e-8));
        assertThat(s.ciHigh()).isCloseTo(3.0 + half, within(1e-8));
    }

    @Test
    void medianOfAnEvenSampleIsTheMiddlePairsMean() {
        assertThat(SampleSummary.of(List.of(4.0, 1.0, 3.0, 2.0), 0.95).median()).isEqualTo(2.5);
    }

    @Test
    void oneValueHasNoSpreadAndNoInterval() {
        SampleSummary s = SampleSummary.of(List.of(7.5), 0.95);
        assertThat(s.mean()).isEqualTo(7.5);
        assertThat(s.median()).isEqualTo(7.5);
        assertThat(s.sd()).isNull();
        assertThat(s.ciLow()).isNull();
        assertThat(s.ciHigh()).isNull();
        assertThat(s.relativeHalfWidth()).isNull();
    }

    @Test
    void higherConfidenceWidensTheInterval() {
        List<Double> v = List.of(1.0, 1.2, 0.9, 1.1);
        SampleSummary s95 = SampleSummary.of(v, 0.95);
        SampleSummary s99 = SampleSummary.of(v, 0.99);
        assertThat(s99.ciHigh() - s99.ciLow()).isGreaterThan(s95.ciHigh() - s95.ciLow());
    }

    @Test
    void rejectsEmptyAndNonFiniteSamples() {
        assertThatThrownBy(() -> SampleSummary.of(List.of(), 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSummary.of(List.of(1.0, Double.NaN), 0.95))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
