package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.decibench.plugin.stats.LogChange;
import io.decibench.plugin.stats.StudentT;
import org.junit.jupiter.api.Test;

class ErrorBudgetTest {

    private static double normal(double p) {
        return new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(p);
    }

    @Test
    void aRowChoosingBetweenTwoIntervalsTakesEachAtHalfItsShare() {
        ErrorBudget b = new ErrorBudget(10, Thresholds.DEFAULTS).halved();
        assertThat(b.critical(0.01, Double.POSITIVE_INFINITY)).isCloseTo(normal(1 - 0.05 / 20), within(1e-9));
        Change c = b.interval(new LogChange(0.0, 0.01, Double.POSITIVE_INFINITY, 0.01, 0, 3, 12, 4));
        assertThat(c.confidence()).isCloseTo(1 - 0.1 / 20, within(1e-12));
    }

    @Test
    void oneRowGetsTheWholeWarnBudgetOnEachSide() {
        ErrorBudget one = new ErrorBudget(1, Thresholds.DEFAULTS);
        assertThat(one.critical(0.01, Double.POSITIVE_INFINITY)).isCloseTo(1.6449, within(1e-3));
        assertThat(ErrorBudget.confidence(one.critical(0.01, Double.POSITIVE_INFINITY), Double.POSITIVE_INFINITY)).isCloseTo(0.90, within(1e-9));
    }

    @Test
    void moreRowsWidenEveryInterval() {
        double k27 = new ErrorBudget(27, Thresholds.DEFAULTS).critical(0.02, Double.POSITIVE_INFINITY);
        assertThat(k27).isCloseTo(normal(1 - 0.05 / 27), within(1e-9)).isCloseTo(2.90, within(0.01));
        assertThat(ErrorBudget.confidence(k27, Double.POSITIVE_INFINITY)).isCloseTo(1 - 0.1 / 27, within(1e-9));
    }

    @Test
    void fewDegreesOfFreedomWidenTheInterval() {
        ErrorBudget b = new ErrorBudget(10, Thresholds.DEFAULTS);
        assertThat(b.critical(0.001, 4)).isCloseTo(StudentT.quantile(0.995, 4), within(1e-9)).isGreaterThan(4.6);
        // With 4 degrees of freedom the FAIL budget's far tail binds already at se 0.02.
        assertThat(b.critical(0.02, 4)).isCloseTo(StudentT.quantile(0.9995, 4) - Math.log(1.05) / 0.02,
                within(1e-9)).isGreaterThan(6);
    }

    @Test
    void aNoisyRowNeedsTheFailBudgetToo() {
        // With se 0.15 the warn margin ln(1.05) is small beside the noise: the 0.5% FAIL budget sets c.
        ErrorBudget b = new ErrorBudget(27, Thresholds.DEFAULTS);
        double fail = normal(1 - 0.005 / 27) - Math.log(1.05) / 0.15;
        assertThat(b.critical(0.15, Double.POSITIVE_INFINITY)).isCloseTo(fail, within(1e-9))
                .isGreaterThan(normal(1 - 0.05 / 27));
        // A quiet row: the warn budget is the binding one.
        assertThat(b.critical(0.02, Double.POSITIVE_INFINITY)).isCloseTo(normal(1 - 0.05 / 27), within(1e-9));
    }

    @Test
    void theIntervalIsSymmetricOnTheLogScale() {
        LogChange c = new LogChange(Math.log(1.25), 0.05, Double.POSITIVE_INFINITY, 0.03, 0.01, 3, 12, 4);
        Change ch = new ErrorBudget(5, Thresholds.DEFAULTS).interval(c);
        double k = normal(1 - 0.01);
        assertThat(ch.change()).isCloseTo(0.25, within(1e-12));
        assertThat(ch.ciLow()).isCloseTo(1.25 * Math.exp(-k * 0.05) - 1, within(1e-12));
        assertThat(ch.ciHigh()).isCloseTo(1.25 * Math.exp(k * 0.05) - 1, within(1e-12));
        assertThat(ch.ciHigh() - ch.change()).isGreaterThan(ch.change() - ch.ciLow());
        assertThat(ch.confidence()).isCloseTo(0.98, within(1e-9));
    }

    @Test
    void noStandardErrorNoInterval() {
        LogChange c = new LogChange(0.1, Double.NaN, 0, Double.NaN, 0.2, 1, 1, 1);
        assertThat(new ErrorBudget(3, Thresholds.DEFAULTS).interval(c).hasCi()).isFalse();
    }
}
