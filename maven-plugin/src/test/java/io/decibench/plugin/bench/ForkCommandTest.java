package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measured fork runs exactly the user's JVM options: JMH gives a fork the host's input arguments unless
 * {@code -jvmArgs} is passed, so the host's fast-start flags must never reach it.
 */
class ForkCommandTest {

    private static List<String> fork(List<String> jvmArgs) {
        ForkCommand command = new ForkCommand(Path.of("/jdk/bin/java"), new ForkClasspath(List.of(Path.of("/k.jar"))),
                Path.of("/b"), jvmArgs, false);
        return command.jmhFork(new ScheduledFork(1, 1, 1, 1, 0, "daily", "float"), Measurement.QUICK,
                Path.of("/r.json"));
    }

    /** Everything after the JMH main class: the arguments JMH parses, which decide the fork's command line. */
    private static List<String> jmhArguments(List<String> cmd) {
        return cmd.subList(cmd.indexOf("org.openjdk.jmh.Main") + 1, cmd.size());
    }

    @Test
    void the_fork_gets_jvmArgs_which_replace_the_host_options_instead_of_jvmArgsAppend() {
        List<String> cmd = fork(List.of("-Xms1g", "-Xmx1g"));

        List<String> jmh = jmhArguments(cmd);
        assertThat(jmh).doesNotContain("-jvmArgsAppend", "-jvmArgsPrepend");
        assertThat(jmh).containsSubsequence("-jvmArgs", "-Xms1g -Xmx1g");
        assertThat(jmh.stream().filter("-jvmArgs"::equals)).hasSize(1);
    }

    @Test
    void no_launcher_flag_reaches_the_fork_options() {
        List<String> jmh = jmhArguments(fork(List.of("-Xmx2g")));
        String forkOptions = jmh.get(jmh.indexOf("-jvmArgs") + 1);

        for (String hostFlag : ForkCommand.HOST_JVM_OPTIONS) {
            assertThat(forkOptions).doesNotContain(hostFlag);
            assertThat(jmh).doesNotContain(hostFlag);
        }
        assertThat(forkOptions).doesNotContain("TieredStopAtLevel").isEqualTo("-Xmx2g");
    }

    @Test
    void without_user_options_the_fork_still_gets_an_explicit_empty_list() {
        List<String> jmh = jmhArguments(fork(List.of()));

        // An empty -jvmArgs line means "no options"; leaving it out would mean "the host's options".
        assertThat(jmh).containsSubsequence("-jvmArgs", "");
        assertThat(jmh.get(jmh.indexOf("-jvmArgs") + 1)).isEmpty();
    }

    @Test
    void an_option_with_a_space_is_quoted_the_way_jmh_splits_its_argument_line() {
        assertThat(ForkCommand.jmhArgumentLine(List.of("-Xmx1g", "-Dname=a b")))
                .isEqualTo("-Xmx1g \"-Dname=a b\"");
        assertThatThrownBy(() -> ForkCommand.jmhArgumentLine(List.of("-Dq=\"x\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decibench.jvmArgs");
    }
}
