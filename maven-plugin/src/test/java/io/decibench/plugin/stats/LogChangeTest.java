package io.decibench.plugin.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogChangeTest {

    private static List<Double> exp(double... logs) {
        return java.util.Arrays.stream(logs).map(Math::exp).boxed().toList();
    }

    @Test
    void theStandardErrorHasASessionAndAForkPart() {
        // Baseline: 2 sessions of 2 forks (logs 0, 0.2 | 0.1, 0.3); current 3 forks (logs 0.5, 0.6, 0.7).
        LogSessions base = LogSessions.of(List.of(exp(0, 0.2), exp(0.1, 0.3)));
        LogSessions now = LogSessions.single(exp(0.5, 0.6, 0.7));

        LogChange c = LogChange.of(base, now, 0.01);

        assertThat(c.logChange()).isCloseTo(0.6 - 0.15, within(1e-12));
        // Within: (0.02 + 0.02 + 0.02) / (1 + 1 + 2) = 0.015
        assertThat(c.forkSd()).isCloseTo(Math.sqrt(0.015), within(1e-12));
        assertThat(c.degreesOfFreedom()).isEqualTo(4);
        // se^2 = 0.01 (1 + 1/2) + 0.015 (1/3 + (1/2 + 1/2) / 4)
        assertThat(c.standardError()).isCloseTo(Math.sqrt(0.015 + 0.015 * (1.0 / 3 + 0.25)), within(1e-12));
        assertThat(c.sessionSd()).isCloseTo(0.1, within(1e-12));
        assertThat(c.baselineSessions()).isEqualTo(2);
        assertThat(c.baselineForks()).isEqualTo(4);
        assertThat(c.currentForks()).isEqualTo(3);
        assertThat(c.change()).isCloseTo(Math.expm1(0.45), within(1e-12));
    }

    @Test
    void moreBaselineSessionsShrinkTheSessionPartButNeverBelowTheCurrentSessionsOwn() {
        LogSessions two = LogSessions.of(List.of(exp(0, 0.1), exp(0, 0.1)));
        LogSessions ten = LogSessions.of(java.util.Collections.nCopies(10, exp(0, 0.1)));
        LogSessions now = LogSessions.single(exp(0, 0.1));
        double tau2 = 0.04;
        assertThat(LogChange.of(ten, now, tau2).standardError()).isLessThan(LogChange.of(two, now, tau2).standardError())
                .isGreaterThan(Math.sqrt(tau2));
    }

    @Test
    void noForkNoiseEstimateNoStandardError() {
        LogChange c = LogChange.of(LogSessions.single(exp(0.0)), LogSessions.single(exp(0.1)), 0.0);
        assertThat(c.hasStandardError()).isFalse();
        assertThat(c.change()).isCloseTo(Math.expm1(0.1), within(1e-12));
    }

    @Test
    void theCurrentRunIsOneSession() {
        LogSessions two = LogSessions.of(List.of(exp(0, 0.1), exp(0, 0.1)));
        assertThatThrownBy(() -> LogChange.of(two, two, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
