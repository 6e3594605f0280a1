package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.decibench.plugin.stats.StudentT;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeEstimatorTest {

    @Test
    void welchIntervalOnLogSamples() {
        // logs of baseline: 0, ln 1.1; of current: ln 1.2, ln 1.3, ln 1.4
        List<Double> base = List.of(1.0, 1.1);
        List<Double> cur = List.of(1.2, 1.3, 1.4);
        double lb1 = 0, lb2 = Math.log(1.1);
        double mb = (lb1 + lb2) / 2;
        double vb = ((lb1 - mb) * (lb1 - mb) + (lb2 - mb) * (lb2 - mb)) / 1 / 2;
        double[] lc = {Math.log(1.2), Math.log(1.3), Math.log(1.4)};
        double mc = (lc[0] + lc[1] + lc[2]) / 3;
        double ssc = 0;
        for (double x : lc) {
            ssc += (x - mc) * (x - mc);
        }
        double vc = ssc / 2 / 3;
        double df = (vb + vc) * (vb + vc) / (vb * vb / 1 + vc * vc / 2);
        double half = StudentT.quantile(0.975, df) * Math.sqrt(vb + vc);

        Change c = ChangeEstimator.estimate(1.05, 1.3, base, cur);

        assertThat(c.change()).isCloseTo(1.3 / 1.05 - 1, within(1e-12));
        assertThat(c.ciLow()).isCloseTo(Math.exp(Math.log(1.3 / 1.05) - half) - 1, within(1e-12));
        assertThat(c.ciHigh()).isCloseTo(Math.exp(Math.log(1.3 / 1.05) + half) - 1, within(1e-12));
        assertThat(c.ciLow()).isLessThan(c.change());
    }

    @Test
    void identicalSamplesGiveAPointInterval() {
        Change c = ChangeEstimator.estimate(2.0, 2.0, List.of(2.0, 2.0), List.of(2.0, 2.0, 2.0));
        assertThat(c).isEqualTo(new Change(0.0, 0.0, 0.0));
    }

    @Test
    void fewerThanTwoSamplesOnASideHasNoInterval() {
        Change c = ChangeEstimator.estimate(1.0, 1.5, List.of(1.0), List.of(1.4, 1.6));
        assertThat(c.change()).isCloseTo(0.5, within(1e-12));
        assertThat(c.hasCi()).isFalse();
    }

    @Test
    void nonPositiveSamplesHaveNoInterval() {
        assertThat(ChangeEstimator.estimate(1.0, 1.0, List.of(1.0, 0.0), List.of(1.0, 1.1)).hasCi()).isFalse();
    }

    @Test
    void nonPositiveValuesAreRejected() {
        assertThatThrownBy(() -> ChangeEstimator.estimate(0.0, 1.0, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    @Test
    void tQuantilesMatchTables() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.7062047, within(1e-6));
        assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.7764451, within(1e-6));
        assertThat(StudentT.quantile(0.975, 8.5)).isCloseTo(2.2826049, within(1e-6)); // scipy t.ppf(0.975, 8.5)
        assertThat(StudentT.quantile(0.975, 1e7)).isCloseTo(1.959964, within(1e-5));
        assertThat(StudentT.quantile(0.025, 4)).isCloseTo(-2.7764451, within(1e-6));
    }
}
