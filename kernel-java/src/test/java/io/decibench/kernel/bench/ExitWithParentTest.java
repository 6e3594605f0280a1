package io.decibench.kernel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A child JVM (like the JMH launcher) and the process it started both end once the parent's pipe closes. */
class ExitWithParentTest {

    /** Starts a grandchild that would sleep for a minute, prints its pid, then waits forever. */
    public static final class StartsAGrandchild {
        public static void main(String[] args) throws Exception {
            Process sleeper = new ProcessBuilder("sleep", "60").start();
            System.out.println(sleeper.pid());
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @Test
    void theChildAndItsDescendantsEndWhenTheParentIsGone() throws Exception {
        String cp = System.getProperty("java.class.path");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                cp, ExitWithParent.class.getName(), StartsAGrandchild.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long grandchild;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            grandchild = Long.parseLong(out.readLine().trim());
            assertThat(ProcessHandle.of(grandchild)).map(ProcessHandle::isAlive).contains(true);

            // What the kernel does to the pipe when the parent dies, even by kill -9.
            child.getOutputStream().close();

            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(ExitWithParent.PARENT_GONE);
        Optional<ProcessHandle> left = ProcessHandle.of(grandchild);
        if (left.isPresent()) {
            left.get().onExit().get(10, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }

    @Test
    void runsTheNamedMainWithItsArguments() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ExitWithParent.class.getName(), Echo.class.getName(), "a", "b c")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(output.lines().toList()).isEqualTo(List.of("a", "b c"));
    }

    /** Prints its arguments, one per line. */
    public static final class Echo {
        public static void main(String[] args) {
            for (String a : args) {
                System.out.println(a);
            }
        }
    }
}
