package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactnessProbeTest {

    private final ExactnessProbe probe = new ExactnessProbe(new ForkCommand(Path.of("java"),
            new ForkClasspath(List.of()), Path.of("b"), List.of(), false), new ForkProcess(Duration.ofSeconds(1)), Path.of("f"));

    @Test
    void reads_the_cli_json_exactly_and_ignores_warnings_around_it() {
        String out = "WARNING: something from the JVM\n{\"scenario\":\"daily\",\"mode\":\"decimal\","
                + "\"finalValue\":104321.12345678901234567,\"trades\":12,\"sessionValuesSha256\":\"ab12\"}\n";

        ProbeRun r = probe.parse(out, "x.log", "daily", "decimal");

        assertThat(r.finalValue()).isEqualByComparingTo("104321.12345678901234567");
        assertThat(r.sessionValuesSha256()).isEqualTo("ab12");
        assertThat(r.mode()).isEqualTo("decimal");
    }

    @Test
    void no_json_names_the_log() {
        assertThatThrownBy(() -> probe.parse("Exception in thread main", "forks/exactness-daily-float.log",
                "daily", "float"))
                .isInstanceOf(ForkFailedException.class).hasMessageContaining("forks/exactness-daily-float.log");
    }

    @Test
    void json_without_the_fields_is_rejected() {
        assertThatThrownBy(() -> probe.parse("{\"finalValue\":1}", "x.log", "daily", "float"))
                .isInstanceOf(ForkFailedException.class).hasMessageContaining("sessionValuesSha256");
    }
}
