package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkProcessTest {

    @TempDir
    Path dir;

    private static List<String> java(String... args) throws Exception {
        String cp = Path.of(ExitWith.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> cmd = new ArrayList<>(List.of(ForkCommand.currentJava().toString(), "-cp", cp,
                ExitWith.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void returns_stdout_and_stderr_and_keeps_them_in_the_log() throws Exception {
        Path log = dir.resolve("forks/a.log");

        String out = new ForkProcess(Duration.ofSeconds(60)).run("probe", java("0", "2"), log);

        assertThat(out).contains("line 1", "line 2", "to stderr");
        assertThat(Files.readString(log)).isEqualTo(out);
    }

    @Test
    void a_crash_reports_exit_code_and_the_last_twenty_lines() throws Exception {
        Path log = dir.resolve("b.log");

        assertThatThrownBy(() -> new ForkProcess(Duration.ofSeconds(60)).run("JMH fork 3/9 (daily / decimal)",
                java("3", "30"), log))
                .isInstanceOf(ForkFailedException.class)
                .hasMessageContaining("JMH fork 3/9 (daily / decimal) failed with exit code 3")
                .hasMessageContaining("line 30").hasMessageContaining("line 12").hasMessageContaining("to stderr")
                .hasMessageNotContaining("line 11\n").hasMessageContaining(log.toString());
    }

    @Test
    void a_hanging_process_is_killed_and_reported_as_timed_out() throws Exception {
        Path log = dir.resolve("c.log");

        assertThatThrownBy(() -> new ForkProcess(Duration.ofSeconds(2)).run("fork 1/1", java("sleep", "1"), log))
                .isInstanceOf(ForkFailedException.class)
                .hasMessageContaining("fork 1/1 timed out after 2 s").hasMessageContaining("decibench.forkTimeout")
                .hasMessageContaining("line 1");
    }

    @Test
    void a_missing_executable_is_a_clear_failure() {
        assertThatThrownBy(() -> new ForkProcess(Duration.ofSeconds(5)).run("probe",
                List.of(dir.resolve("no-java").toString()), dir.resolve("d.log")))
                .isInstanceOf(ForkFailedException.class).hasMessageContaining("Could not run probe");
    }
}
