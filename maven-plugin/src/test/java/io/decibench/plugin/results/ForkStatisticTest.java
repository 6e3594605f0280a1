package io.decibench.plugin.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkStatisticTest {

    /** A fork whose second iteration was slowed by a neighbour and whose first was still compiling. */
    private static final List<Double> FORK = List.of(1.30, 2.10, 1.02, 1.00, 1.05);

    @Test
    void theGateTakesEachForksFastestIteration() {
        assertThat(ForkStatistic.GATE).isEqualTo(ForkStatistic.MIN);
        assertThat(ForkStatistic.MIN.of(FORK)).isEqualTo(1.00);
        assertThat(ForkStatistic.MEDIAN.of(FORK)).isEqualTo(1.05);
        assertThat(ForkStatistic.MEDIAN.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void aFileWithoutTheFieldWasJudgedByItsMedians() {
        assertThat(ForkStatistic.named(null)).isEqualTo(ForkStatistic.MEDIAN);
        assertThat(ForkStatistic.named("median")).isEqualTo(ForkStatistic.MEDIAN);
        assertThat(ForkStatistic.named("min")).isEqualTo(ForkStatistic.MIN);
        assertThat(ForkStatistic.MIN.label()).isEqualTo("min");
    }

    @Test
    void anUnknownStatisticOrAnEmptyForkIsRefused() {
        assertThatThrownBy(() -> ForkStatistic.named("p10")).hasMessageContaining("'p10'")
                .hasMessageContaining("median, min");
        assertThatThrownBy(() -> ForkStatistic.MIN.of(List.of())).hasMessageContaining("at least one");
    }
}
