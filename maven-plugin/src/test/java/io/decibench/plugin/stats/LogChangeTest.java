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

        LogChange c = LogChange.of(base, now, 0.01, Double.POSITIVE_INFINITY);

        assertThat(c.logChange()).isCloseTo(0.6 - 0.15, within(1e-12));
        // Within: (0.02 + 0.02 + 0.02) / (1 + 1 + 2) = 0.015
        assertThat(c.forkSd()).isCloseTo(Math.sqrt(0.015), within(1e-12));
        assertThat(c.degreesOfFreedom()).as("the assumed session part adds none").isCloseTo(4 * Math.pow(
                (0.015 + 0.015 * (1.0 / 3 + 0.25)) / (0.015 * (1.0 / 3 + 0.25)), 2), within(1e-9));
        // se^2 = 0.01 (1 + 1/2) + 0.015 (1/3 + (1/2 + 1/2) / 4)
        assertThat(c.standardError()).isCloseTo(Math.sqrt(0.015 + 0.015 * (1.0 / 3 + 0.25)), within(1e-12));
        assertThat(c.sessionSd()).isCloseTo(0.1, within(1e-12));
        assertThat(c.baselineSessions()).isEqualTo(2);
        assertThat(c.baselineForks()).isEqualTo(4);
        assertThat(c.currentForks()).isEqualTo(3);
        assertThat(c.change()).isCloseTo(Math.expm1(0.45), within(1e-12));
    }

    @Test
    void anAssumedExtraVarianceWidensTheErrorAndAddsDegreesOfFreedomAsAKnownPart() {
        LogSessions base = LogSessions.of(List.of(exp(0, 0.2), exp(0.1, 0.3)));
        LogSessions now = LogSessions.single(exp(0.5, 0.6, 0.7));
        // A session part with 1 degree of freedom, so that the fork part is not the only finite one.
        LogChange c = LogChange.of(base, now, 0.01, 1);

        LogChange wider = c.withAssumedVariance(0.09);

        double se2 = c.standardError() * c.standardError();
        assertThat(wider.standardError()).isCloseTo(Math.sqrt(se2 + 0.09), within(1e-12));
        // Same Welch-Satterthwaite denominator, larger numerator.
        assertThat(wider.degreesOfFreedom()).isCloseTo(c.degreesOfFreedom() * Math.pow((se2 + 0.09) / se2, 2),
                within(1e-9));
        assertThat(wider.logChange()).isEqualTo(c.logChange());
        assertThat(wider.forkSd()).isEqualTo(c.forkSd());
        assertThat(wider.sessionSd()).isEqualTo(c.sessionSd());
        assertThat(c.withAssumedVariance(0)).isSameAs(c);
        LogChange noInterval = LogChange.of(LogSessions.of(List.of(exp(0))), LogSessions.single(exp(0.1)), 0.01,
                Double.POSITIVE_INFINITY);
        assertThat(noInterval.withAssumedVariance(0.09).hasStandardError()).isFalse();
    }

    @Test
    void moreBaselineSessionsShrinkTheSessionPartButNeverBelowTheCurrentSessionsOwn() {
        LogSessions two = LogSessions.of(List.of(exp(0, 0.1), exp(0, 0.1)));
        LogSessions ten = LogSessions.of(java.util.Collections.nCopies(10, exp(0, 0.1)));
        LogSessions now = LogSessions.single(exp(0, 0.1));
        double tau2 = 0.04;
        assertThat(LogChange.of(ten, now, tau2, 9).standardError()).isLessThan(LogChange.of(two, now, tau2, 1)
                .standardError())
                .isGreaterThan(Math.sqrt(tau2));
    }

    @Test
    void anEstimatedSessionPartWithFewSessionsLowersTheDegreesOfFreedom() {
        LogSessions base = LogSessions.of(List.of(exp(0, 0.2), exp(0.1, 0.3)));
        LogSessions now = LogSessions.single(exp(0.5, 0.6, 0.7));
        double a = 0.01 * 1.5;
        double b = 0.015 * (1.0 / 3 + 0.25);
        LogChange c = LogChange.of(base, now, 0.01, 1);
        assertThat(c.degreesOfFreedom()).isCloseTo((a + b) * (a + b) / (a * a / 1 + b * b / 4), within(1e-9))
                .isLessThan(4);
    }

    @Test
    void aPredictionFromSessionMeansIsExactTWithSessionsMinusOneDegreesOfFreedom() {
        // Three sessions of two forks, means 0, 0.1, 0.2 (between variance 0.01); now two forks, mean 0.5.
        LogSessions base = LogSessions.of(List.of(exp(-0.01, 0.01), exp(0.09, 0.11), exp(0.19, 0.21)));
        LogSessions now = LogSessions.single(exp(0.49, 0.51));

        LogChange c = LogChange.prediction(base, now);

        assertThat(c.logChange()).isCloseTo(0.4, within(1e-12));
        assertThat(c.standardError()).isCloseTo(Math.sqrt(0.01 * (1 + 1.0 / 3)), within(1e-12));
        assertThat(c.degreesOfFreedom()).isEqualTo(2);
        assertThat(c.sessionSd()).isCloseTo(Math.sqrt(0.01 - 0.0002 / 2), within(1e-12));
    }

    @Test
    void sessionsThatAgreeBetterThanTheirForkNoiseFallBackOnTheForkNoise() {
        LogSessions base = LogSessions.of(List.of(exp(-0.1, 0.1), exp(-0.1, 0.1)));
        LogSessions now = LogSessions.single(exp(-0.1, 0.1));
        LogChange c = LogChange.prediction(base, now);
        // fork variance 0.02, h = 1/2: se^2 = 0.02 * 0.5 * 1.5 with the forks' 3 degrees of freedom
        assertThat(c.standardError()).isCloseTo(Math.sqrt(0.015), within(1e-12));
        assertThat(c.degreesOfFreedom()).isEqualTo(3);
        assertThat(c.sessionSd()).isZero();
    }

    @Test
    void noForkNoiseEstimateNoStandardError() {
        LogChange c = LogChange.of(LogSessions.single(exp(0.0)), LogSessions.single(exp(0.1)), 0.0, 1);
        assertThat(c.hasStandardError()).isFalse();
        assertThat(c.change()).isCloseTo(Math.expm1(0.1), within(1e-12));
    }

    @Test
    void theCurrentRunIsOneSession() {
        LogSessions two = LogSessions.of(List.of(exp(0, 0.1), exp(0, 0.1)));
        assertThatThrownBy(() -> LogChange.of(two, two, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
