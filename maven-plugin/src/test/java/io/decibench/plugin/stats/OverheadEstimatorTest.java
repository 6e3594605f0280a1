package io.decibench.plugin.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverheadEstimatorTest {

    private final OverheadEstimator estimator = new OverheadEstimator(0.95);

    @Test
    void ciFollowsTheLogScaleFormula() {
        List<Double> ratios = List.of(1.10, 1.20, 1.15);
        double[] logs = ratios.stream().mapToDouble(Math::log).toArray();
        double m = (logs[0] + logs[1] + logs[2]) / 3;
        double sd = SampleSummary.standardDeviation(logs, m);
        double half = 4.3026527297 * sd / Math.sqrt(3);

        OverheadEstimate e = estimator.fromRatios(ratios);

        assertThat(e.overheadPercent()).isCloseTo((Math.exp(m) - 1) * 100, within(1e-9));
        assertThat(e.ciLowPercent()).isCloseTo((Math.exp(m - half) - 1) * 100, within(1e-6));
        assertThat(e.ciHighPercent()).isCloseTo((Math.exp(m + half) - 1) * 100, within(1e-6));
        assertThat(e.degreesOfFreedom()).isEqualTo(2.0);
    }

    @Test
    void pairsForksOfTheSameRoundOnly() {
        Map<Integer, Double> floatByRound = Map.of(1, 10.0, 2, 20.0, 3, 5.0);
        Map<Integer, Double> decimalByRound = new LinkedHashMap<>();
        decimalByRound.put(2, 30.0);
        decimalByRound.put(1, 15.0);
        decimalByRound.put(4, 99.0);

        OverheadEstimate e = estimator.estimate(floatByRound, decimalByRound);

        // A round-order-independent drift (round 2 twice as slow) cancels within each pair.
        assertThat(e.pairRatios()).containsExactly(1.5, 1.5);
        assertThat(e.overheadPercent()).isCloseTo(50.0, within(1e-9));
        assertThat(e.ciLowPercent()).isCloseTo(50.0, within(1e-9));
        assertThat(e.ciHighPercent()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void onePairHasAPointButNoInterval() {
        OverheadEstimate e = estimator.fromRatios(List.of(1.25));
        assertThat(e.overheadPercent()).isCloseTo(25.0, within(1e-9));
        assertThat(e.hasCi()).isFalse();
        assertThat(e.ciHighPercent()).isNull();
    }

    @Test
    void noPairsHasNothing() {
        OverheadEstimate e = estimator.estimate(Map.of(1, 1.0), Map.of(2, 1.0));
        assertThat(e.overheadPercent()).isNull();
        assertThat(e.pairRatios()).isEmpty();
    }

    @Test
    void rejectsNonPositiveRatios() {
        assertThatThrownBy(() -> estimator.fromRatios(List.of(1.0, 0.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    /** 2,000 seeded trials of 5 paired forks with lognormal noise: the 95 % CI must cover the true ratio ~95 %. */
    @Test
    void ciCoversTheTrueRatioInAbout95PercentOfTrials() {
        Random rnd = new Random(20261126L);
        double trueRatio = 1.25;
        int trials = 2000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            Map<Integer, Double> base = new LinkedHashMap<>();
            Map<Integer, Double> cand = new LinkedHashMap<>();
            for (int r = 1; r <= 5; r++) {
                // Shared per-round machine drift plus independent per-fork lognormal noise.
                double drift = Math.exp(0.10 * rnd.nextGaussian());
                base.put(r, 8.0 * drift * Math.exp(0.04 * rnd.nextGaussian()));
                cand.put(r, 8.0 * trueRatio * drift * Math.exp(0.04 * rnd.nextGaussian()));
            }
            OverheadEstimate e = estimator.estimate(base, cand);
            double truth = (trueRatio - 1) * 100;
            if (e.ciLowPercent() <= truth && truth <= e.ciHighPercent()) {
                covered++;
            }
        }
        assertThat(covered / (double) trials).isBetween(0.93, 0.97);
    }

    /** A z-interval (1.96) in place of the t quantile undercovers with 5 pairs: the coverage test must notice. */
    @Test
    void coverageTestWouldCatchANormalQuantile() {
        Random rnd = new Random(7L);
        int covered = 0;
        for (int t = 0; t < 2000; t++) {
            List<Double> logs = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                logs.add(0.05 * rnd.nextGaussian());
            }
            double m = logs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double sd = SampleSummary.standardDeviation(logs.stream().mapToDouble(Double::doubleValue).toArray(), m);
            if (Math.abs(m) <= 1.96 * sd / Math.sqrt(5)) {
                covered++;
            }
        }
        assertThat(covered / 2000.0).isLessThan(0.93);
    }
}
