package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForkScheduleTest {

    private static final List<String> MODES = List.of("float", "decimal", "decimal-native");
    private static final List<String> FIVE = List.of("float", "decimal", "decimal-fixed", "float-native",
            "decimal-native");

    @Test
    void threeModesTakeEveryPositionUnlikeAbcCba() {
        List<ScheduledFork> forks = ForkSchedule.williams(List.of("daily", "hourly"), MODES, 3);

        assertThat(forks).extracting(f -> f.round() + ":" + f.scenario() + ":" + f.mode()).containsExactly(
                "1:daily:float", "1:daily:decimal", "1:daily:decimal-native",
                "1:hourly:float", "1:hourly:decimal", "1:hourly:decimal-native",
                "2:daily:decimal-native", "2:daily:decimal", "2:daily:float",
                "2:hourly:decimal-native", "2:hourly:decimal", "2:hourly:float",
                "3:daily:decimal", "3:daily:decimal-native", "3:daily:float",
                "3:hourly:decimal", "3:hourly:decimal-native", "3:hourly:float");
    }

    @ParameterizedTest(name = "{0} modes")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void overTwoKRoundsEveryModeIsInEveryPositionAndAfterEveryOtherEquallyOften(int k) {
        List<String> modes = IntStream.range(0, k).mapToObj(i -> "m" + i).toList();
        List<ScheduledFork> forks = ForkSchedule.williams(List.of("daily"), modes, 2 * k);

        Map<String, Integer> positions = new HashMap<>();
        Map<String, Integer> follows = new HashMap<>();
        for (int round = 1; round <= 2 * k; round++) {
            int r = round;
            List<String> order = forks.stream().filter(f -> f.round() == r).map(ScheduledFork::mode).toList();
            assertThat(order).containsExactlyInAnyOrderElementsOf(modes);
            for (int p = 0; p < k; p++) {
                positions.merge(order.get(p) + "@" + p, 1, Integer::sum);
                if (p > 0) {
                    follows.merge(order.get(p - 1) + ">" + order.get(p), 1, Integer::sum);
                }
            }
        }
        assertThat(positions).hasSize(k * k).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(2));
        assertThat(follows).hasSize(k * (k - 1)).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(2));
    }

    @Test
    void everyPairOfRoundsPutsEachModeAtTheSameMeanPosition() {
        List<ScheduledFork> forks = ForkSchedule.williams(List.of("daily"), FIVE, 4);
        for (String mode : FIVE) {
            for (int pair = 0; pair < 2; pair++) {
                int first = 2 * pair + 1;
                int sum = forks.stream().filter(f -> f.mode().equals(mode) && (f.round() == first
                        || f.round() == first + 1)).mapToInt(ScheduledFork::position).sum();
                assertThat(sum).as(mode + " in rounds " + first + "-" + (first + 1)).isEqualTo(FIVE.size() - 1);
            }
        }
    }

    @Test
    void numbersForksAndPositionsWithinARound() {
        List<ScheduledFork> forks = ForkSchedule.williams(List.of("daily"), MODES, 2);

        assertThat(forks).extracting(ScheduledFork::index).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(forks).allSatisfy(f -> assertThat(f.total()).isEqualTo(6));
        assertThat(forks).allSatisfy(f -> assertThat(f.runs()).isEqualTo(2));
        assertThat(forks).extracting(ScheduledFork::position).containsExactly(0, 1, 2, 0, 1, 2);
        assertThat(forks.get(3).label()).isEqualTo("004-daily-decimal-native");
    }

    @Test
    void onlyTheSlowedModesForksCarryTheInjectedWork() {
        List<ScheduledFork> forks = ForkSchedule.williams(List.of("daily"), MODES, 2, (s, m) -> true,
                Slowdown.parse("decimal:0.25", MODES));

        assertThat(forks).filteredOn(f -> f.mode().equals("decimal")).hasSize(2)
                .allSatisfy(f -> assertThat(f.slowdown()).isEqualTo(0.25));
        assertThat(forks).filteredOn(f -> !f.mode().equals("decimal"))
                .allSatisfy(f -> assertThat(f.slowdown()).isZero());
    }

    @Test
    void rejectsZeroRuns() {
        assertThatThrownBy(() -> ForkSchedule.williams(List.of("daily"), MODES, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs");
    }
}
