package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteSelectionTest {

    private static final List<String> SCENARIOS = List.of("daily", "hourly", "minute");
    private static final List<String> MODES = List.of("float", "decimal", "decimal-native");

    @Test
    void blank_means_everything() {
        SuiteSelection s = SuiteSelection.parse(null, SCENARIOS, " ", MODES);

        assertThat(s.scenarios()).isEqualTo(SCENARIOS);
        assertThat(s.modes()).isEqualTo(MODES);
    }

    @Test
    void keeps_the_canonical_order_and_drops_duplicates_and_blanks() {
        SuiteSelection s = SuiteSelection.parse("minute, Daily,,daily", SCENARIOS, "decimal-native,float", MODES);

        assertThat(s.scenarios()).containsExactly("daily", "minute");
        assertThat(s.modes()).containsExactly("float", "decimal-native");
    }

    @Test
    void an_unknown_scenario_lists_the_valid_ones() {
        assertThatThrownBy(() -> SuiteSelection.parse("daily,nope", SCENARIOS, null, MODES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown scenario 'nope' in decibench.scenarios")
                .hasMessageContaining("valid scenarios: daily, hourly, minute");
    }

    @Test
    void unknown_modes_are_all_named() {
        assertThatThrownBy(() -> SuiteSelection.parse(null, SCENARIOS, "double,bigdecimal", MODES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown modes 'double', 'bigdecimal' in decibench.modes")
                .hasMessageContaining("valid modes: float, decimal, decimal-native");
    }

    @Test
    void only_commas_names_nothing() {
        assertThatThrownBy(() -> SuiteSelection.parse(",,", SCENARIOS, null, MODES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no scenario");
    }
}
