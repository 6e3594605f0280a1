package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFailureTest {
    @TempDir
    Path dir;

    @Test
    void theScenarioMessageBuriedInAJmhStackTraceLeadsTheFailure() throws Exception {
        Path log = dir.resolve("001-own-decimal.log");
        Files.writeString(log, """
                # Warmup Iteration   1: <failure>

                org.openjdk.jmh.runner.BenchmarkException: Benchmark error during the run
                \tat org.openjdk.jmh.runner.BenchmarkHandler.runIteration(BenchmarkHandler.java:428)
                Caused by: io.decibench.kernel.scenario.ScenarioException: Scenario 'own' (class com.example.Own) \
                in mode decimal failed while running on bundle 'b': java.lang.IllegalStateException: boom
                \tat io.decibench.kernel.scenario.ResolvedScenario.failure(ResolvedScenario.java:1)
                """);
        ForkFailedException original = new ForkFailedException("JMH fork 1/2 (own / decimal) failed with exit code 1.");

        ForkFailedException explained = ScenarioFailure.explain(original, log);

        assertThat(explained.getMessage()).startsWith("Scenario 'own' (class com.example.Own) in mode decimal failed"
                + " while running on bundle 'b': java.lang.IllegalStateException: boom\nJMH fork 1/2");
        assertThat(explained).hasCause(original);
    }

    @Test
    void otherFailuresStayAsTheyAre() throws Exception {
        Path log = dir.resolve("x.log");
        Files.writeString(log, "java.lang.OutOfMemoryError: Java heap space\n");
        ForkFailedException original = new ForkFailedException("crashed");

        assertThat(ScenarioFailure.explain(original, log)).isSameAs(original);
        assertThat(ScenarioFailure.explain(original, dir.resolve("missing.log"))).isSameAs(original);
    }
}
