package io.decibench.plugin.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogSessionsTest {

    private static final double E = Math.E;

    @Test
    void separatesForkNoiseFromSessionOffsets() {
        // Logs: session 1 = {0, 2}, session 2 = {4, 6}: within each, deviations of 1; session means 1 and 5.
        LogSessions s = LogSessions.of(List.of(List.of(1.0, E * E), List.of(Math.pow(E, 4), Math.pow(E, 6))));

        assertThat(s.count()).isEqualTo(2);
        assertThat(s.forks()).isEqualTo(4);
        assertThat(s.grandMean()).isCloseTo(3.0, within(1e-12));
        assertThat(s.withinSumOfSquares()).isCloseTo(4.0, within(1e-12));
        assertThat(s.withinDf()).isEqualTo(2);
        assertThat(s.withinVariance()).isCloseTo(2.0, within(1e-12));
        assertThat(s.betweenVariance()).isCloseTo(8.0, within(1e-12));
        assertThat(s.meanInverseSize()).isEqualTo(0.5);
    }

    @Test
    void eachSessionCountsOnceHoweverManyForksItHas() {
        LogSessions s = LogSessions.of(List.of(List.of(1.0), List.of(E * E, E * E, E * E)));
        assertThat(s.grandMean()).isCloseTo(1.0, within(1e-12));
        assertThat(s.meanInverseSize()).isCloseTo((1 + 1.0 / 3) / 2, within(1e-12));
    }

    @Test
    void undefinedWithoutPositiveValues() {
        assertThat(LogSessions.of(List.of())).isNull();
        assertThat(LogSessions.of(List.of(List.of()))).isNull();
        assertThat(LogSessions.single(List.of(1.0, 0.0))).isNull();
        assertThat(LogSessions.single(List.of(1.0, Double.POSITIVE_INFINITY))).isNull();
        assertThat(LogSessions.single(List.of(2.0)).withinVariance()).isNaN();
        assertThat(LogSessions.single(List.of(2.0)).betweenVariance()).isNaN();
    }
}
