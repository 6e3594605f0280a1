package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkScheduleTest {

    private static final List<String> MODES = List.of("float", "decimal", "decimal-native");

    @Test
    void odd_rounds_run_abc_and_even_rounds_cba_per_scenario() {
        List<ScheduledFork> forks = ForkSchedule.counterbalanced(List.of("daily", "hourly"), MODES, 3);

        assertThat(forks).extracting(f -> f.round() + ":" + f.scenario() + ":" + f.mode()).containsExactly(
                "1:daily:float", "1:daily:decimal", "1:daily:decimal-native",
                "1:hourly:float", "1:hourly:decimal", "1:hourly:decimal-native",
                "2:daily:decimal-native", "2:daily:decimal", "2:daily:float",
                "2:hourly:decimal-native", "2:hourly:decimal", "2:hourly:float",
                "3:daily:float", "3:daily:decimal", "3:daily:decimal-native",
                "3:hourly:float", "3:hourly:decimal", "3:hourly:decimal-native");
    }

    @Test
    void numbers_forks_and_positions_within_a_round() {
        List<ScheduledFork> forks = ForkSchedule.counterbalanced(List.of("daily"), MODES, 2);

        assertThat(forks).extracting(ScheduledFork::index).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(forks).allSatisfy(f -> assertThat(f.total()).isEqualTo(6));
        assertThat(forks).allSatisfy(f -> assertThat(f.runs()).isEqualTo(2));
        assertThat(forks).extracting(ScheduledFork::position).containsExactly(0, 1, 2, 0, 1, 2);
        assertThat(forks.get(3).label()).isEqualTo("004-daily-decimal-native");
    }

    @Test
    void every_mode_runs_once_per_round_and_scenario() {
        List<ScheduledFork> forks = ForkSchedule.counterbalanced(List.of("daily", "minute"), List.of("float", "decimal"), 4);

        assertThat(forks).hasSize(16);
        for (int round = 1; round <= 4; round++) {
            int r = round;
            assertThat(forks).filteredOn(f -> f.round() == r && f.scenario().equals("minute"))
                    .extracting(ScheduledFork::mode).containsExactlyInAnyOrder("float", "decimal");
        }
    }

    @Test
    void rejects_zero_runs() {
        assertThatThrownBy(() -> ForkSchedule.counterbalanced(List.of("daily"), MODES, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs");
    }
}
