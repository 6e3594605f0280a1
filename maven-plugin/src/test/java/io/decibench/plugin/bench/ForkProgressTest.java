package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ForkProgressTest {

    @Test
    void extrapolates_the_eta_from_the_average_fork_so_far() {
        ScheduledFork fork = new ScheduledFork(7, 45, 2, 5, 0, "daily", "decimal");

        // 7 forks in 14 s -> 2 s per fork, 38 left -> 76 s.
        assertThat(ForkProgress.line(fork, 3.4123, "ms/op", Duration.ofSeconds(14)))
                .isEqualTo("[decibench] daily / decimal  round 2/5  fork 7/45  3.412 ms/op  ETA 1m16s");
    }

    @Test
    void formats_durations() {
        assertThat(ForkProgress.format(Duration.ofMillis(400))).isEqualTo("0s");
        assertThat(ForkProgress.format(Duration.ofSeconds(59))).isEqualTo("59s");
        assertThat(ForkProgress.format(Duration.ofSeconds(65))).isEqualTo("1m05s");
        assertThat(ForkProgress.format(Duration.ofSeconds(3720))).isEqualTo("1h02m");
    }
}
