package io.decibench.plugin.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeometricMeanOverheadTest {

    private final OverheadEstimator estimator = new OverheadEstimator(0.95);
    private final GeometricMeanOverhead combiner = new GeometricMeanOverhead(0.95);

    @Test
    void pointIsTheGeometricMeanOfTheRatios() {
        OverheadEstimate a = estimator.fromRatios(List.of(1.21, 1.21));
        OverheadEstimate b = estimator.fromRatios(List.of(1.44, 1.44));
        OverheadEstimate c = estimator.fromRatios(List.of(1.0, 1.0));
        // cube root of 1.21 * 1.44 * 1.0
        double expected = (Math.cbrt(1.21 * 1.44) - 1) * 100;
        assertThat(combiner.combine(List.of(a, b, c)).overheadPercent()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void ciUsesSummedVariancesOverKSquaredAndWelchDf() {
        OverheadEstimate a = estimator.fromRatios(List.of(1.10, 1.20, 1.15));
        OverheadEstimate b = estimator.fromRatios(List.of(1.30, 1.32, 1.28, 1.35, 1.31));
        double va = a.logStandardError() * a.logStandardError();
        double vb = b.logStandardError() * b.logStandardError();
        double se = Math.sqrt(va + vb) / 2;
        double df = (va + vb) * (va + vb) / (va * va / 2 + vb * vb / 4);
        double m = (a.logMean() + b.logMean()) / 2;

        OverheadEstimate all = combiner.combine(List.of(a, b));

        assertThat(all.degreesOfFreedom()).isCloseTo(df, within(1e-9));
        assertThat(all.logStandardError()).isCloseTo(se, within(1e-12));
        double half = StudentT.critical(0.95, df) * se;
        assertThat(all.ciLowPercent()).isCloseTo((Math.exp(m - half) - 1) * 100, within(1e-9));
        assertThat(all.ciHighPercent()).isCloseTo((Math.exp(m + half) - 1) * 100, within(1e-9));
        assertThat(all.degreesOfFreedom()).isLessThan(2.0 + 4.0);
    }

    @Test
    void aSingleScenarioIsItsOwnOverall() {
        OverheadEstimate a = estimator.fromRatios(List.of(1.10, 1.20, 1.15));
        OverheadEstimate all = combiner.combine(List.of(a));
        assertThat(all.overheadPercent()).isCloseTo(a.overheadPercent(), within(1e-12));
        assertThat(all.ciLowPercent()).isCloseTo(a.ciLowPercent(), within(1e-9));
        assertThat(all.ciHighPercent()).isCloseTo(a.ciHighPercent(), within(1e-9));
    }

    @Test
    void aScenarioWithoutIntervalLeavesTheOverallWithoutOne() {
        OverheadEstimate a = estimator.fromRatios(List.of(1.10, 1.20));
        OverheadEstimate b = estimator.fromRatios(List.of(1.30));
        OverheadEstimate all = combiner.combine(List.of(a, b));
        assertThat(all.overheadPercent()).isNotNull();
        assertThat(all.hasCi()).isFalse();
        assertThat(TargetVerdict.of(all, 30.0)).isEqualTo(TargetVerdict.INCONCLUSIVE);
    }

    @Test
    void nothingToCombineIsUndefined() {
        assertThat(combiner.combine(List.of()).overheadPercent()).isNull();
        assertThat(combiner.combine(List.of(OverheadEstimate.none())).overheadPercent()).isNull();
    }

    /** Three scenarios with different noise: the overall 95 % CI covers the true geometric mean ~95 % of trials. */
    @Test
    void overallCiCoversTheTrueGeometricMean() {
        Random rnd = new Random(42L);
        double[] truths = {1.10, 1.30, 1.50};
        double[] sigmas = {0.02, 0.05, 0.08};
        double trueOverall = (Math.cbrt(truths[0] * truths[1] * truths[2]) - 1) * 100;
        int covered = 0;
        for (int t = 0; t < 2000; t++) {
            List<OverheadEstimate> perScenario = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                List<Double> ratios = new ArrayList<>();
                for (int r = 0; r < 5; r++) {
                    ratios.add(truths[s] * Math.exp(sigmas[s] * rnd.nextGaussian()));
                }
                perScenario.add(estimator.fromRatios(ratios));
            }
            OverheadEstimate all = combiner.combine(perScenario);
            if (all.ciLowPercent() <= trueOverall && trueOverall <= all.ciHighPercent()) {
                covered++;
            }
        }
        assertThat(covered / 2000.0).isBetween(0.93, 0.97);
    }
}
