package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlowdownTest {

    private static final List<String> MODES = List.of("float", "decimal", "decimal-native");

    @Test
    void parsesModeFractionPairs() {
        Slowdown s = Slowdown.parse(" decimal:0.25 , decimal-native:1.5", MODES);
        assertThat(s.fractions()).containsExactly(Map.entry("decimal", 0.25), Map.entry("decimal-native", 1.5));
        assertThat(s.of("decimal")).isEqualTo(0.25);
        assertThat(s.of("float")).isZero();
        assertThat(s.describe()).isEqualTo("decimal +25.0%, decimal-native +150.0%");
        assertThat(Slowdown.parse("", MODES).isNone()).isTrue();
        assertThat(Slowdown.parse(null, MODES)).isEqualTo(Slowdown.NONE);
    }

    @Test
    void everyMistakeNamesTheEntryTheValidModesAndAnExample() {
        assertThatThrownBy(() -> Slowdown.parse("decimal", MODES)).hasMessageContaining("'decimal' is not MODE:FRACTION");
        assertThatThrownBy(() -> Slowdown.parse("bigdecimal:0.1", MODES))
                .hasMessageContaining("unknown mode 'bigdecimal'")
                .hasMessageContaining("float, decimal, decimal-native")
                .hasMessageContaining("-Ddecibench.slowdown=decimal:0.25");
        assertThatThrownBy(() -> Slowdown.parse("decimal:25%", MODES)).hasMessageContaining("no number");
        assertThatThrownBy(() -> Slowdown.parse("decimal:0", MODES)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> Slowdown.parse("decimal:11", MODES)).hasMessageContaining("at most 10");
        assertThatThrownBy(() -> Slowdown.parse("decimal:0.1,decimal:0.2", MODES)).hasMessageContaining("repeats");
    }

    @Test
    void onlyASlowedForkIsToldToInjectWork() {
        ForkCommand command = new ForkCommand(Path.of("/jdk/bin/java"), new ForkClasspath(List.of(Path.of("/k.jar"))),
                Path.of("/b"), List.of(), false);
        String slowed = String.join(" ", command.jmhFork(new ScheduledFork(1, 2, 1, 1, 0, "daily", "decimal", 0.25),
                Measurement.QUICK, Path.of("/r.json")));
        String plain = String.join(" ", command.jmhFork(new ScheduledFork(2, 2, 1, 1, 1, "daily", "float"),
                Measurement.QUICK, Path.of("/r.json")));
        assertThat(slowed).contains("-p mode=decimal -p bundleDir=/b -p slowdown=0.25 -f 1");
        assertThat(plain).doesNotContain("slowdown");
    }
}
