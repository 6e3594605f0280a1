package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.bench.ForkClasspath.PluginArtifact;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkClasspathTest {

    private static PluginArtifact a(String g, String a) {
        return new PluginArtifact(g, a, Path.of("/repo/" + a + ".jar"));
    }

    @Test
    void keeps_what_forks_need_then_the_project_test_classpath() {
        ForkClasspath cp = ForkClasspath.of(List.of(
                a("io.decibench", "decibench-maven-plugin"),
                a("io.decibench", "decibench-kernel-java"),
                a("io.decibench", "decibench-kernel-native"),
                a("org.openjdk.jmh", "jmh-core"),
                a("net.sf.jopt-simple", "jopt-simple"),
                a("org.apache.commons", "commons-math3"),
                a("org.apache.commons", "commons-lang3"),
                a("net.java.dev.jna", "jna"),
                a("com.fasterxml.jackson.core", "jackson-databind"),
                a("org.apache.maven.doxia", "doxia-sink-api"),
                a("org.apache.maven.reporting", "maven-reporting-impl")),
                List.of("/p/target/test-classes", "/p/target/classes", "/repo/jmh-core.jar"));

        assertThat(cp.entries()).extracting(Path::toString).containsExactly(
                "/repo/decibench-kernel-java.jar", "/repo/decibench-kernel-native.jar", "/repo/jmh-core.jar",
                "/repo/jopt-simple.jar", "/repo/commons-math3.jar", "/repo/jna.jar", "/repo/jackson-databind.jar",
                "/p/target/test-classes", "/p/target/classes");
        assertThat(cp.asArgument()).startsWith("/repo/decibench-kernel-java.jar:/repo/decibench-kernel-native.jar:");
        assertThat(cp.isLong()).isFalse();
    }

    @Test
    void a_long_classpath_makes_the_jmh_host_use_a_classpath_jar() {
        ForkClasspath cp = new ForkClasspath(Collections.nCopies(400, Path.of("/a/very/long/path/to/some/library.jar")));
        ForkCommand command = new ForkCommand(Path.of("/jdk/bin/java"), cp, Path.of("/b"), List.of(), false);

        assertThat(cp.isLong()).isTrue();
        assertThat(command.jmhFork(new ScheduledFork(1, 1, 1, 1, 0, "daily", "float"), Measurement.QUICK,
                Path.of("/r.json"))).contains("-Djmh.separateClasspathJAR=true").doesNotContain("-jvmArgsAppend")
                .containsSubsequence("-jvmArgs", "");
    }

    @Test
    void the_jmh_host_is_lightweight_and_the_fork_gets_the_user_jvm_options() {
        ForkCommand command = new ForkCommand(Path.of("/jdk/bin/java"), new ForkClasspath(List.of(Path.of("/k.jar"))),
                Path.of("/b"), List.of("-Xms1g", "-Xmx1g"), true);

        List<String> cmd = command.jmhFork(new ScheduledFork(1, 1, 1, 1, 0, "daily", "float"), Measurement.QUICK,
                Path.of("/r.json"));

        assertThat(cmd.subList(0, 6)).containsExactly("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx256m", "-Djmh.ignoreLock=true", "-cp");
        assertThat(cmd.subList(cmd.size() - 2, cmd.size())).containsExactly("-jvmArgs", "-Xms1g -Xmx1g");
    }

    @Test
    void the_exactness_probe_runs_the_cli_with_the_fork_jvm_options() {
        ForkCommand command = new ForkCommand(Path.of("/jdk/bin/java"), new ForkClasspath(List.of(Path.of("/k.jar"))),
                Path.of("/b"), List.of("-Xmx1g"), false);

        assertThat(command.cliRun("hourly", "decimal")).containsExactly("/jdk/bin/java", "-Xmx1g", "-cp", "/k.jar",
                "io.decibench.kernel.bench.ExitWithParent", "io.decibench.kernel.cli.Main", "run", "--dir", "/b", "--scenario", "hourly", "--mode", "decimal");
    }
}
