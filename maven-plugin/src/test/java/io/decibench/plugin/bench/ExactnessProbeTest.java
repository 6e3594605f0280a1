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

    @Test
    void reads_counts_and_the_decision_trace_when_the_cli_prints_them() {
        String out = "{\"finalValue\":\"100000.0000\",\"trades\":12,\"sharesFilled\":1200,"
                + "\"commissions\":1.2,\"sessionValuesSha256\":\"ab\",\"sessionValues\":[\"100000.0000\"],"
                + "\"decisions\":[[0,199,100],[3,250,0]]}";

        ProbeRun r = probe.parse(out, "x.log", "daily", "decimal");

        assertThat(r.trades()).isEqualTo(12L);
        assertThat(r.sharesFilled()).isEqualTo(1200L);
        assertThat(r.commissions()).isEqualByComparingTo("1.2");
        assertThat(r.decisions()).containsExactly(new Decision(0, 199, 100), new Decision(3, 250, 0));
    }

    @Test
    void a_missing_or_null_trace_means_no_decisions_were_recorded() {
        String base = "{\"finalValue\":1,\"sessionValuesSha256\":\"ab\"";
        assertThat(probe.parse(base + "}", "x.log", "daily", "float").decisions()).isNull();
        assertThat(probe.parse(base + ",\"decisions\":null}", "x.log", "daily", "float").decisions()).isNull();
        assertThat(probe.parse(base + ",\"decisions\":[]}", "x.log", "daily", "float").decisions()).isEmpty();
        assertThat(probe.parse(base + "}", "x.log", "daily", "float").trades()).isNull();
    }

    @Test
    void a_malformed_decision_names_it_and_the_log() {
        assertThatThrownBy(() -> probe.parse("{\"finalValue\":1,\"sessionValuesSha256\":\"ab\",\"decisions\":[[0,1]]}",
                "forks/exactness-daily-float.log", "daily", "float"))
                .isInstanceOf(ForkFailedException.class).hasMessageContaining("[0,1]")
                .hasMessageContaining("forks/exactness-daily-float.log");
    }
}
