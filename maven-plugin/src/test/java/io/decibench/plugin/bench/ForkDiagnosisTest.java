package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JMH host logs (captured from forks of BacktestBenchmark run with -foe true) turned into one message each:
 * the failure's own cause, the fix, the exit codes and the log's path — never the log's last lines alone.
 */
class ForkDiagnosisTest {

    @TempDir
    Path dir;

    private static Path log(String name) throws URISyntaxException {
        return Path.of(ForkDiagnosisTest.class.getResource("/forks/" + name).toURI());
    }

    private static String explain(Path log, Integer exit) {
        ForkFailedException original = new ForkFailedException("JMH fork 2/6 (hourly / float, round 1) failed with"
                + " exit code " + exit + ". Last 20 lines of its output (full log: " + log + "): ...", null, log, exit);
        ForkFailedException explained = ForkDiagnosis.explain("JMH fork 2/6 (hourly / float, round 1)", original, log);
        // Maven prints every cause's message too: the log's last lines must not follow the diagnosis.
        assertThat(explained.getCause()).isNull();
        assertThat(explained.logFile()).isEqualTo(log);
        assertThat(explained.exitCode()).isEqualTo(exit);
        return explained.getMessage();
    }

    @Test
    void aTruncatedColumnNamesTheFileTheFixTheExitCodeAndTheLog() throws Exception {
        Path log = log("truncated-column.log");

        assertThat(explain(log, 1)).isEqualTo("JMH fork 2/6 (hourly / float, round 1) failed: Bundle"
                + " 'profiling-hourly' is damaged: column file /tmp/eb/b/profiling-hourly/close.i64 is truncated or"
                + " oversized: 1000 bytes, expected 163040. Fix: run `mvn decibench:setup-bundles`, which regenerates"
                + " it.\n  exit code 1; full log: " + log);
    }

    @Test
    void anOverflowInTheNativeCoreIsTheCauseWithItsOperationAssetAndBar() throws Exception {
        String message = explain(log("overflow.log"), 1);

        assertThat(message).startsWith("JMH fork 2/6 (hourly / float, round 1) failed: java.lang.ArithmeticException:"
                + " decimal overflow in 100*close for asset SYM000, bar 0 (session 2024-01-02) of bundle"
                + " profiling-hourly, scenario hourly: the value at scale 4 does not fit 64 bits.");
        assertThat(message).contains("\n  Fix: Decibench reports an error instead of a wrong number")
                .contains("\n  exit code 1; full log: ").doesNotContain("unusable").doesNotContain("\tat ");
    }

    @Test
    void aNonPositivePortfolioValueIsTheCause() throws Exception {
        assertThat(explain(log("non-positive-value.log"), 1)).contains("failed: java.lang.ArithmeticException:"
                + " Portfolio value -1000386166.6200 at the close of session 5 (2024-01-09) is not positive");
    }

    @Test
    void aKilledMeasuredJvmSaysSoWithBothExitCodesAndWhatKillsJvms() throws Exception {
        Path log = log("killed.log");

        assertThat(explain(log, 1)).isEqualTo("JMH fork 2/6 (hourly / float, round 1) failed: the measured JVM ended"
                + " with exit code 137, killed by signal 9, SIGKILL before its measurement finished\n  Fix: something"
                + " killed the measured JVM: usually the kernel's out-of-memory killer (see `dmesg`) or a container's"
                + " memory limit. Free memory or lower -Xmx in decibench.jvmArgs, then re-run.\n  exit code 1 (the"
                + " measured JVM's: 137, killed by signal 9, SIGKILL); full log: " + log);
    }

    @Test
    void aJvmOptionTheJvmRejectsIsNamed() throws Exception {
        assertThat(explain(log("bad-jvm-option.log"), 1)).contains("failed: the JVM did not start: Unrecognized VM"
                + " option 'NoSuchOption'\n  Fix: correct decibench.jvmArgs");
    }

    @Test
    void theExactnessRunsOwnErrorLineIsTheCause() throws Exception {
        assertThat(explain(log("exactness-missing-column.log"), 1)).contains("failed: Bundle 'profiling-hourly' is"
                + " damaged: column file /tmp/eb/b/profiling-hourly/close.i64 is missing. Fix:");
    }

    @Test
    void aCustomScenariosExceptionLeadsAndNoSecondMisleadingLineFollows() throws Exception {
        Path log = dir.resolve("001-own-decimal.log");
        Files.writeString(log, """
                # Warmup Iteration   1: <failure>

                org.openjdk.jmh.runner.BenchmarkException: Benchmark error during the run
                \tat org.openjdk.jmh.runner.BenchmarkHandler.runIteration(BenchmarkHandler.java:428)
                Caused by: io.decibench.kernel.scenario.ScenarioException: Scenario 'own' (class com.example.Own) \
                in mode decimal failed while running on bundle 'b': java.lang.IllegalStateException: boom. Fix: \
                correct the scenario's code
                \tat io.decibench.kernel.scenario.ResolvedScenario.failure(ResolvedScenario.java:1)
                Caused by: java.lang.IllegalStateException: boom
                """);

        assertThat(explain(log, 1)).isEqualTo("JMH fork 2/6 (hourly / float, round 1) failed: Scenario 'own' (class"
                + " com.example.Own) in mode decimal failed while running on bundle 'b':"
                + " java.lang.IllegalStateException: boom. Fix: correct the scenario's code\n  exit code 1; full log: "
                + log);
    }

    @Test
    void anOutOfMemoryErrorSaysHowToGiveMoreHeap() throws Exception {
        Path log = dir.resolve("oom.log");
        Files.writeString(log, "Iteration   1: <failure>\n\njava.lang.OutOfMemoryError: Java heap space\n");

        assertThat(explain(log, 1)).contains("failed: java.lang.OutOfMemoryError: Java heap space\n  Fix: give the"
                + " measured JVMs more heap, e.g. -Ddecibench.jvmArgs=\"-Xms2g -Xmx2g\".");
    }

    @Test
    void aLogWithoutARecognisableCauseKeepsTheOriginalWithItsLastLines() throws Exception {
        Path log = dir.resolve("x.log");
        Files.writeString(log, "something odd\n");
        ForkFailedException original = new ForkFailedException("crashed; last lines (full log: " + log + ")", null,
                log, 3);

        assertThat(ForkDiagnosis.explain("fork", original, log)).isSameAs(original);
    }

    @Test
    void anUnusableResultWithoutACauseInTheLogNamesTheLog() throws Exception {
        Path log = dir.resolve("001-daily-float.log");
        Files.writeString(log, "# Run complete.\n");
        ForkFailedException unusable = new ForkFailedException("JMH result r.json is unusable: it is for scenario"
                + " 'x' / mode 'y', expected daily / float.");

        assertThat(ForkDiagnosis.explain("JMH fork 1/1", unusable, log)).hasMessage("JMH result r.json is unusable:"
                + " it is for scenario 'x' / mode 'y', expected daily / float. The fork's full log: " + log);
        assertThat(ForkDiagnosis.explain("JMH fork 1/1", unusable, dir.resolve("missing.log")).getMessage())
                .endsWith("The fork's full log: " + dir.resolve("missing.log"));
    }
}
