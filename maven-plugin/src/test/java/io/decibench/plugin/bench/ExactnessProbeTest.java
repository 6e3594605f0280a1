package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * A stand-in for java: prints the JSON of a run of the scenario and mode on its command line, the first modes
     * slowest (so runs finish out of order), and fails for mode {@code broken}.
     */
    private static ExactnessProbe scripted(Path dir) throws IOException {
        Path java = dir.resolve("java");
        Files.writeString(java, String.join("\n", "#!/bin/sh",
                "while [ $# -gt 0 ]; do case \"$1\" in --scenario) s=$2;; --mode) m=$2;; esac; shift; done",
                "case $m in first) sleep 0.6;; second) sleep 0.3;; broken) echo crashed; exit 3;; esac",
                "echo '{\"finalValue\":1,\"sessionValuesSha256\":\"'$s-$m'\"}'", ""));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        return new ExactnessProbe(new ForkCommand(java, new ForkClasspath(List.of()), Path.of("b"), List.of(), false),
                new ForkProcess(Duration.ofSeconds(20)), dir.resolve("forks"));
    }

    @Test
    void runs_share_the_cores_but_come_back_in_scenario_and_mode_order(@TempDir Path dir) throws IOException {
        List<ProbeRun> runs = scripted(dir).probe(List.of("daily", "hourly"), List.of("first", "second", "third"),
                (scenario, mode) -> !(scenario.equals("hourly") && mode.equals("second")));

        assertThat(runs).extracting(ProbeRun::sessionValuesSha256)
                .containsExactly("daily-first", "daily-second", "daily-third", "hourly-first", "hourly-third");
        assertThat(dir.resolve("forks").resolve("exactness-hourly-third.log")).exists();
    }

    @Test
    void a_failing_run_is_reported_with_its_log(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> scripted(dir).probe(List.of("daily"), List.of("first", "broken", "third")))
                .hasMessageContaining("exactness run (daily / broken)")
                .hasMessageContaining("exit code 3")
                .hasMessageContaining(dir.resolve("forks").resolve("exactness-daily-broken.log").toString());
    }
}
