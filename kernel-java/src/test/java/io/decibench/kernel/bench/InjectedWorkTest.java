package io.decibench.kernel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InjectedWorkTest {

    @Test
    void noSlowdownMeansNoInjectedWork() {
        assertThat(InjectedWork.of(null)).isNull();
        assertThat(InjectedWork.of("")).isNull();
        assertThat(InjectedWork.of("  ")).isNull();
    }

    @Test
    void parsesTheFractionTheForkWasGiven() {
        assertThat(InjectedWork.of("0.25").fraction()).isEqualTo(0.25);
        assertThat(InjectedWork.of(" 1.5 ").fraction()).isEqualTo(1.5);
    }

    @Test
    void refusesWhatIsNotAPositiveFraction() {
        assertThatThrownBy(() -> InjectedWork.of("a quarter")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.25");
        assertThatThrownBy(() -> InjectedWork.of("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InjectedWork.of("-0.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InjectedWork.of("Infinity")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runsTheBacktestOnceAndReturnsItsResult() {
        AtomicInteger calls = new AtomicInteger();
        InjectedWork work = InjectedWork.of("0.5");

        Object result = work.run(() -> {
            calls.incrementAndGet();
            return null;
        });

        assertThat(calls).hasValue(1);
        assertThat(result).isNull();
    }
}
