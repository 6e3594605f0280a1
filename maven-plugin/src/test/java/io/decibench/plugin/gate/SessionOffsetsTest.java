package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.decibench.plugin.stats.LogSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionOffsetsTest {

    /** Sessions of {@code forks} forks each, whose means sit at the given logs, each fork ±0.01 around it. */
    static LogSessions sessions(int forks, double... means) {
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
    void oneSessionCannotShowTheOffset() {
        assertThat(SessionOffsets.estimatedRatio(Map.of("daily", List.of(sessions(4, 0.0))))).isNull();
        SessionOffsets.Offset assumed = SessionOffsets.assumedTime(1);
        assertThat(assumed.sd()).isEqualTo(SessionOffsets.ASSUMED_TIME_SD);
        assertThat(assumed.df()).isInfinite();
        assertThat(assumed.describe()).isEqualTo("sessions ±20.0% assumed (1 session cannot show it)");
        assertThat(SessionOffsets.assumedRatio(3).describe()).isEqualTo("sessions ±4.0% assumed (3 sessions show less)");
    }

    @Test
    void ratioSessionsCloserThanTheirForkNoiseShowNoOffset() {
        LogSessions close = sessions(4, 0.0, 0.0001, -0.0001);
        assertThat(SessionOffsets.estimatedRatio(Map.of("daily", List.of(close))).variance()).isZero();
    }

    @Test
    void ratioOffsetsPoolTheRowsWithOneDegreeOfFreedomPerScenarioAndSession() {
        LogSessions a = sessions(4, 0.0, 0.02, -0.02, 0.0);
        LogSessions b = sessions(4, 0.0, -0.04, 0.04, 0.0);
        SessionOffsets.Offset pooled = SessionOffsets.estimatedRatio(Map.of("daily", List.of(a, b),
                "hourly", List.of(a)));

        double wa = a.withinVariance() / 4;
        double wb = b.withinVariance() / 4;
        double expected = (2 * (a.betweenVariance() - wa) + (b.betweenVariance() - wb)) / 3;
        assertThat(pooled.variance()).isCloseTo(expected, within(1e-12));
        // Rows of one scenario share its float forks: 3 per scenario, two scenarios.
        assertThat(pooled.df()).isEqualTo(6);
    }
}
