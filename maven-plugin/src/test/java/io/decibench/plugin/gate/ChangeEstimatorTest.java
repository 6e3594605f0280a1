package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.decibench.plugin.stats.StudentT;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeEstimatorTest {

    @Test
    void welchIntervalOnLogSamples() {
        List<Double> base = List.of(1.0, 1.1);
        List<Double> cur = List.of(1.2, 1.3, 1.4);
        double[] lb = {0, Math.log(1.1)};
        double[] lc = {Math.log(1.2), Math.log(1.3), Math.log(1.4)};
        double mb = (lb[0] + lb[1]) / 2;
        double mc = (lc[0] + lc[1] + lc[2]) / 3;
        double vb = ((lb[0] - mb) * (lb[0] - mb) + (lb[1] - mb) * (lb[1] - mb)) / 1 / 2;
        double vc = ((lc[0] - mc) * (lc[0] - mc) + (lc[1] - mc) * (lc[1] - mc) + (lc[2] - mc) * (lc[2] - mc)) / 2 / 3;
        double df = (vb + vc) * (vb + vc) / (vb * vb / 1 + vc * vc / 2);
        double half = StudentT.quantile(0.975, df) * Math.sqrt(vb + vc);

        Change c = ChangeEstimator.estimate(base, cur).orElseThrow();

        assertThat(c.change()).isCloseTo(Math.exp(mc - mb) - 1, within(1e-12));
        assertThat(c.ciLow()).isCloseTo(Math.exp(mc - mb - half) - 1, within(1e-12));
        assertThat(c.ciHigh()).isCloseTo(Math.exp(mc - mb + half) - 1, within(1e-12));
        assertThat(ChangeEstimator.geometricMean(cur) / ChangeEstimator.geometricMean(base) - 1)
                .isCloseTo(c.change(), within(1e-12));
    }

    @Test
    void oneOutlierForkMovesTheGeometricMeanLessThanTheArithmetic() {
        List<Double> base = List.of(10.0, 10.0, 10.0, 10.0, 10.0);
        List<Double> cur = List.of(10.0, 10.0, 10.0, 10.0, 30.0);
        Change c = ChangeEstimator.estimate(base, cur).orElseThrow();
        assertThat(c.change()).isCloseTo(Math.pow(3, 0.2) - 1, within(1e-12)).isLessThan(0.4);
    }

    @Test
    void identicalSamplesGiveAPointInterval() {
        Change c = ChangeEstimator.estimate(List.of(2.0, 2.0), List.of(2.0, 2.0, 2.0)).orElseThrow();
        assertThat(c).isEqualTo(new Change(0.0, 0.0, 0.0));
    }

    @Test
    void fewerThanTwoSamplesOnASideHasNoInterval() {
        Change c = ChangeEstimator.estimate(List.of(1.0), List.of(1.4, 1.6)).orElseThrow();
        assertThat(c.change()).isCloseTo(Math.sqrt(1.4 * 1.6) - 1, within(1e-12));
        assertThat(c.hasCi()).isFalse();
    }

    @Test
    void nonPositiveOrMissingSamplesHaveNoChange() {
        assertThat(ChangeEstimator.estimate(List.of(1.0, 0.0), List.of(1.0, 1.1))).isEmpty();
        assertThat(ChangeEstimator.estimate(List.of(), List.of(1.0, 1.1))).isEmpty();
        assertThat(ChangeEstimator.geometricMean(List.of(-1.0))).isNaN();
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
