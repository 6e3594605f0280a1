package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegressionRuleTest {

    // Dyadic thresholds so every boundary below is exact in binary floating point.
    private static final Thresholds T = new Thresholds(0.0625, 0.25, 0.125);

    private static Verdict v(double change, double lo, double hi) {
        return RegressionRule.verdict(new Change(change, lo, hi, 0.99), T);
    }

    @Test
    void failNeedsChangeAtLeastFailAndLowerBoundAboveWarn() {
        assertThat(v(0.25, 0.0625 + 1e-12, 0.3)).isEqualTo(Verdict.FAIL);
        assertThat(v(0.25 - 1e-12, 0.2, 0.3)).isEqualTo(Verdict.WARN);
        assertThat(v(0.25, 0.0625, 0.3)).as("lower bound equal to warn is not enough").isEqualTo(Verdict.WARN);
    }

    @Test
    void failWinsOverWideInterval() {
        assertThat(v(1.0, 0.125, 2.0)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void warnNeedsChangeAtLeastWarnAndLowerBoundAboveZero() {
        assertThat(v(0.0625, 1e-12, 0.125)).isEqualTo(Verdict.WARN);
        assertThat(v(0.0625, 0.0, 0.125)).as("lower bound 0 is no evidence").isEqualTo(Verdict.PASS);
        assertThat(v(0.0625 - 1e-12, 0.01, 0.125)).isEqualTo(Verdict.PASS);
        assertThat(v(0.0625 - 1e-12, 0.01, 0.25)).as("no warn, and the upper bound reaches fail")
                .isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void passNeedsTheUpperBoundBelowFail() {
        assertThat(v(0.0, -0.1, 0.25 - 1e-12)).isEqualTo(Verdict.PASS);
        assertThat(v(0.0, -0.1, 0.25)).as("upper bound equal to fail").isEqualTo(Verdict.INCONCLUSIVE);
        // A narrow interval that still reaches the fail threshold: no longer PASS (the old half-width rule said so).
        assertThat(v(0.125, 0.0, 0.3)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(v(0.0, -0.5, 0.5)).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aWideIntervalBelowFailStillPasses() {
        assertThat(v(-0.3, -0.6, 0.2)).isEqualTo(Verdict.PASS);
    }

    @Test
    void largeChangeWithoutEvidenceIsInconclusiveNotFail() {
        assertThat(v(0.5, -0.0625, 1.0)).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void largeChangeWithWeakEvidenceWarns() {
        assertThat(v(0.5, 0.03, 1.0)).isEqualTo(Verdict.WARN);
    }

    @Test
    void improvementsPass() {
        assertThat(v(-0.5, -0.6, -0.4)).isEqualTo(Verdict.PASS);
    }

    @Test
    void noIntervalIsInconclusive() {
        assertThat(RegressionRule.verdict(Change.withoutCi(0.9), T)).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void defaultsMatchTheContract() {
        Thresholds d = Thresholds.DEFAULTS;
        assertThat(RegressionRule.verdict(new Change(0.20, 0.06, 0.3, 0.99), d)).isEqualTo(Verdict.FAIL);
        assertThat(RegressionRule.verdict(new Change(0.20, 0.04, 0.3, 0.99), d)).isEqualTo(Verdict.WARN);
        assertThat(RegressionRule.verdict(new Change(0.05, 0.01, 0.1, 0.99), d)).isEqualTo(Verdict.WARN);
        assertThat(RegressionRule.verdict(new Change(0.04, 0.01, 0.1, 0.99), d)).isEqualTo(Verdict.PASS);
    }

    @Test
    void allocFailsBeyondToleranceAndJitter() {
        assertThat(RegressionRule.allocVerdict(1000, 1125, T)).as("exactly at tolerance").isEqualTo(Verdict.PASS);
        assertThat(RegressionRule.allocVerdict(1000, 1125.5, T)).isEqualTo(Verdict.FAIL);
        assertThat(RegressionRule.allocVerdict(0, 16, T)).as("jitter on a zero baseline").isEqualTo(Verdict.PASS);
        assertThat(RegressionRule.allocVerdict(0, 16.5, T)).isEqualTo(Verdict.FAIL);
        assertThat(RegressionRule.allocVerdict(50, 60, T)).as("beyond tolerance but only jitter")
                .isEqualTo(Verdict.PASS);
        assertThat(RegressionRule.allocVerdict(1000, 500, T)).isEqualTo(Verdict.PASS);
    }
}
