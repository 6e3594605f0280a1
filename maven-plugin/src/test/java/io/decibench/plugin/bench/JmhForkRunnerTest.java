package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.plugin.results.ForkSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the runner with a stand-in "java" script that behaves like a JMH host: it writes the captured JMH JSON
 * (with the requested scenario and mode) to the -rff file, or crashes for one mode.
 */
class JmhForkRunnerTest {

    @TempDir
    Path dir;

    private Path fakeJava(String crashMode) throws Exception {
        Path template = Path.of(JmhForkRunnerTest.class.getResource("/jmh/decimal-daily-3-iterations.json").toURI());
        Path script = dir.resolve("java");
        Files.writeString(script, String.join("\n",
                "#!/bin/bash",
                "args=\"$*\"",
                "while [ $# -gt 0 ]; do",
                "  case \"$1\" in",
                "    -rff) out=\"$2\"; shift;;",
                "    -p) case \"$2\" in mode=*) mode=\"${2#mode=}\";; scenario=*) sc=\"${2#scenario=}\";; esac; shift;;",
                "  esac; shift",
                "done",
                "echo \"fake jmh $sc $mode\"",
                "echo '# Warmup Iteration   1: [decibench] measured JVM compiler: Fake Tiered Compilers, TieredStopAtLevel=4'",
                "echo \"$args\" > \"" + dir.resolve("last-args") + "\"",
                "if [ \"$mode\" = \"" + crashMode + "\" ]; then echo 'Exception in thread main: boom' >&2; exit 7; fi",
                "if [ \"$mode\" = damaged ]; then printf 'Iteration   1: <failure>\\n\\nio.decibench.kernel.bundle."
                        + "BundleException: Bundle profiling-daily is damaged: checksum mismatch in /b/close.i64. Fix: run"
                        + " setup-bundles.\\n\\tat x.y(Z.java:1)\\n'; exit 1; fi",
                "if [ \"$mode\" = locked ] && [ ! -e \"" + dir.resolve("lock-seen") + "\" ]; then",
                "  touch \"" + dir.resolve("lock-seen") + "\"",
                "  echo 'ERROR: Another JMH instance might be running. Unable to acquire the JMH lock (/tmp/jmh.lock)'; exit 1",
                "fi",
                "sed -e \"s/\\\"mode\\\" : \\\"decimal\\\"/\\\"mode\\\" : \\\"$mode\\\"/\" \\",
                "    -e \"s/\\\"scenario\\\" : \\\"daily\\\"/\\\"scenario\\\" : \\\"$sc\\\"/\" \"" + template + "\" > \"$out\"",
                ""));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private JmhForkRunner runner(Path java, List<String> log) {
        ForkCommand command = new ForkCommand(java, new ForkClasspath(List.of(dir.resolve("a.jar"))),
                dir.resolve("bundles"), List.of("-Xmx1g"), false);
        return new JmhForkRunner(command, Measurement.QUICK, new ForkProcess(Duration.ofSeconds(30)),
                dir.resolve("forks"), log::add, Duration.ofSeconds(1));
    }

    @Test
    void runs_every_fork_in_schedule_order_and_logs_progress() throws Exception {
        List<String> log = new ArrayList<>();
        List<ScheduledFork> schedule = ForkSchedule.williams(List.of("daily", "hourly"),
                List.of("float", "decimal"), 2);

        List<ForkSample> samples = runner(fakeJava("none"), log).runAll(schedule);

        assertThat(samples).extracting(s -> s.round() + ":" + s.scenario() + ":" + s.mode() + ":" + s.position())
                .containsExactly("1:daily:float:0", "1:daily:decimal:1", "1:hourly:float:0", "1:hourly:decimal:1",
                        "2:daily:decimal:0", "2:daily:float:1", "2:hourly:decimal:0", "2:hourly:float:1");
        assertThat(samples).allSatisfy(s -> assertThat(s.iterations()).hasSize(3));
        // The fork's own word on its compiler, read from its log next to JMH's record of its options.
        assertThat(samples).allSatisfy(s -> {
            assertThat(s.vm().compiler()).isEqualTo("Fake Tiered Compilers, TieredStopAtLevel=4");
            assertThat(s.vm().jvmArgs()).containsExactly("-Xmx512m");
        });
        assertThat(log).hasSize(8);
        assertThat(log.get(6)).matches("\\[decibench\\] hourly / decimal  round 2/2  fork 7/8  0\\.061 ms/op  ETA \\d+s");
        assertThat(dir.resolve("forks/001-daily-float.log")).content().contains("fake jmh daily float");
        assertThat(dir.resolve("forks/008-hourly-float.json")).exists();
        assertThat(Files.readString(dir.resolve("last-args")))
                .contains("io.decibench.kernel.bench.ExitWithParent org.openjdk.jmh.Main"
                        + " io.decibench.kernel.bench.BacktestBenchmark.run")
                .contains("-p scenario=hourly -p mode=float -p bundleDir=" + dir.resolve("bundles"))
                .contains("-f 1 -foe true -wi 12 -w 100ms -i 9 -r 100ms -prof gc -rf json -rff")
                .contains("-jvmArgs -Xmx1g");
    }

    @Test
    void a_crashing_fork_stops_the_schedule_with_its_exit_code_and_output() throws Exception {
        List<String> log = new ArrayList<>();
        List<ScheduledFork> schedule = ForkSchedule.williams(List.of("daily"),
                List.of("float", "decimal", "decimal-native"), 2);

        assertThatThrownBy(() -> runner(fakeJava("decimal"), log).runAll(schedule))
                .isInstanceOf(ForkFailedException.class)
                .hasMessageContaining("JMH fork 2/6 (daily / decimal, round 1) failed with exit code 7")
                .hasMessageContaining("Exception in thread main: boom");
        assertThat(log).hasSize(1);
    }

    @Test
    void a_failure_inside_the_fork_is_reported_by_its_own_cause_with_the_exit_code_and_the_log() throws Exception {
        List<ScheduledFork> schedule = ForkSchedule.williams(List.of("daily"), List.of("damaged"), 1);

        assertThatThrownBy(() -> runner(fakeJava("none"), new ArrayList<>()).runAll(schedule))
                .isInstanceOf(ForkFailedException.class)
                .hasMessage("JMH fork 1/1 (daily / damaged, round 1) failed: Bundle profiling-daily is damaged: checksum"
                        + " mismatch in /b/close.i64. Fix: run setup-bundles.\n  exit code 1; full log: "
                        + dir.resolve("forks/001-daily-damaged.log"));
    }

    @Test
    void a_fork_waits_while_another_jmh_run_holds_the_lock() throws Exception {
        List<String> log = new ArrayList<>();

        List<ForkSample> samples = runner(fakeJava("none"), log)
                .runAll(ForkSchedule.williams(List.of("daily"), List.of("locked"), 1));

        assertThat(samples).singleElement().extracting(ForkSample::mode).isEqualTo("locked");
        assertThat(log.get(0)).contains("another JMH run on this machine holds its lock");
        assertThat(dir.resolve("lock-seen")).exists();
    }

    @Test
    void old_fork_files_are_removed_before_a_run() throws Exception {
        Files.createDirectories(dir.resolve("forks"));
        Files.writeString(dir.resolve("forks/099-daily-float.json"), "stale");

        runner(fakeJava("none"), new ArrayList<>())
                .runAll(ForkSchedule.williams(List.of("daily"), List.of("float"), 1));

        assertThat(dir.resolve("forks/099-daily-float.json")).doesNotExist();
        assertThat(dir.resolve("forks/001-daily-float.json")).exists();
    }
}
