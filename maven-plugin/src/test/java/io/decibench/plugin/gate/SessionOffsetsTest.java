package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.decibench.plugin.stats.LogSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class SessionOffsetsTest {

    /** Sessions of {@code forks} forks each, whose means sit at the given logs, each fork ±0.01 around it. */
    private static LogSessions sessions(int forks, double... means) {
        List<List<Double>> s = new ArrayList<>();
        for (double m : means) {
            List<Double> f = new ArrayList<>();
            for (int i = 0; i < forks; i++) {
                f.add(Math.exp(m + (i % 2 == 0 ? 0.01 : -0.01)));
            }
            s.add(f);
        }
        return LogSessions.of(s);
    }

    @Test
    void oneSessionCannotShowTheOffsetSoItIsAssumed() {
        SessionOffsets.Offset t = SessionOffsets.forTime(sessions(4, 0.0));
        assertThat(t.sd()).isEqualTo(SessionOffsets.ASSUMED_TIME_SD);
        assertThat(t.estimated()).isFalse();
        assertThat(t.describe()).isEqualTo("sessions ±20.0% assumed (1 session cannot show it)");
        assertThat(SessionOffsets.forRatios(Map.of("daily", List.of(sessions(4, 0.0)))).sd())
                .isEqualTo(SessionOffsets.ASSUMED_RATIO_SD);
    }

    @Test
    void fewSessionsUseTheUpperBoundButNeverMoreThanAssumedUnlessTheyShowMore() {
        // Two sessions 2% apart: one degree of freedom, so the 80% upper bound is far above the point estimate.
        LogSessions two = sessions(4, 0.0, 0.02);
        double w = two.withinVariance() * two.meanInverseSize();
        double chi2 = new ChiSquaredDistribution(1).inverseCumulativeProbability(0.2);
        SessionOffsets.Offset close = SessionOffsets.forTime(two);
        assertThat(close.sd()).isCloseTo(Math.sqrt(two.betweenVariance() / chi2 - w), within(1e-12))
                .isGreaterThan(0.05).isLessThan(SessionOffsets.ASSUMED_TIME_SD);
        // Three sessions 20% apart: the bound would be far above the assumption, which caps it.
        assertThat(SessionOffsets.forTime(sessions(4, 0.0, 0.2, -0.05)).sd())
                .isEqualTo(SessionOffsets.ASSUMED_TIME_SD);
        // Sessions far apart: the point estimate itself exceeds the assumption and is used.
        SessionOffsets.Offset wide = SessionOffsets.forTime(sessions(4, 0.0, 0.6, -0.6));
        assertThat(wide.sd()).isGreaterThan(SessionOffsets.ASSUMED_TIME_SD);
        assertThat(wide.estimated()).isTrue();
    }

    @Test
    void manySessionsMeasureTheOffsetWithTheirUpperBound() {
        double[] means = {0.0, 0.02, -0.02, 0.01, -0.01, 0.0, 0.02, -0.02, 0.01, -0.01, 0.0};
        LogSessions s = sessions(4, means);
        SessionOffsets.Offset t = SessionOffsets.forTime(s);

        double v = s.betweenVariance();
        double w = s.withinVariance() * s.meanInverseSize();
        double chi2 = new ChiSquaredDistribution(10).inverseCumulativeProbability(0.2);
        assertThat(t.sd()).isCloseTo(Math.sqrt(v * 10 / chi2 - w), within(1e-12));
        assertThat(t.sd()).isLessThan(SessionOffsets.ASSUMED_TIME_SD).isGreaterThan(Math.sqrt(v - w));
        assertThat(t.estimated()).isTrue();
        assertThat(t.describe()).startsWith("sessions ±").endsWith("(11 sessions)");
    }

    @Test
    void ratioOffsetsPoolTheRowsWithOneDegreeOfFreedomPerScenarioAndSession() {
        LogSessions a = sessions(4, 0.0, 0.01, -0.01, 0.0);
        LogSessions b = sessions(4, 0.0, -0.01, 0.01, 0.0);
        SessionOffsets.Offset pooled = SessionOffsets.forRatios(Map.of("daily", List.of(a, b), "hourly", List.of(a)));

        double v = a.betweenVariance();
        double w = a.withinVariance() * a.meanInverseSize();
        // df = 3 per scenario: two scenarios, 6
        double chi2 = new ChiSquaredDistribution(6).inverseCumulativeProbability(0.2);
        assertThat(pooled.sd()).isCloseTo(Math.sqrt(Math.max(0, v * 6 / chi2 - w)), within(1e-12));
    }

    @Test
    void theBoundCoversTheTrueOffsetAboutAsOftenAsItsConfidence() {
        Random random = new Random(12);
        double tau = 0.05;
        int covered = 0;
        int trials = 4000;
        for (int t = 0; t < trials; t++) {
            List<List<Double>> s = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                double offset = tau * random.nextGaussian();
                List<Double> forks = new ArrayList<>();
                for (int f = 0; f < 4; f++) {
                    forks.add(Math.exp(offset + 0.02 * random.nextGaussian()));
                }
                s.add(forks);
            }
            covered += SessionOffsets.forTime(LogSessions.of(s)).sd() >= tau ? 1 : 0;
        }
        assertThat(covered / (double) trials).isBetween(SessionOffsets.BOUND_CONFIDENCE - 0.03,
                SessionOffsets.BOUND_CONFIDENCE + 0.05);
    }
}
