package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.plugin.results.ResultsFileException;
import io.decibench.plugin.results.ResultsJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateCheckTest {

    @TempDir
    Path dir;

    private Path results() throws Exception {
        Path resultsDir = dir.resolve("target/decibench");
        ResultsJson.write(resultsDir.resolve(ResultsJson.FILE_NAME), GateFixtures.run());
        return resultsDir;
    }

    @Test
    void missingResultsSayRunBenchmarkFirst() {
        GateCheck check = new GateCheck(dir.resolve("target/decibench"), dir.resolve("baselines.json"),
                null, null, null, null);
        assertThatThrownBy(check::run).isInstanceOf(ResultsFileException.class)
                .hasMessageContaining("No benchmark results").hasMessageContaining("decibench:benchmark");
    }

    @Test
    void invalidThresholdsFailBeforeReadingAnything() {
        GateCheck check = new GateCheck(dir.resolve("nowhere"), dir.resolve("baselines.json"), 0.3, 0.2, null, null);
        assertThatThrownBy(check::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decibench.warnThreshold (0.3) is greater than decibench.failThreshold (0.2)");
    }

    @Test
    void writesCheckFilesAndAppendsTheStepSummary() throws Exception {
        Path resultsDir = results();
        Path baselines = dir.resolve("baselines.json");
        BaselinesJson.write(baselines, GateFixtures.scaled(0.5, 0.5, 1));
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");

        CheckOutcome outcome = new GateCheck(resultsDir, baselines, null, null, null, summary).run();

        assertThat(outcome.failures()).hasSize(10);
        assertThat(resultsDir.resolve(CheckResultsJson.FILE_NAME)).exists();
        assertThat(resultsDir.resolve(JUnitReport.FILE_NAME)).exists();
        assertThat(Files.readString(summary)).startsWith("earlier step\n## Decibench check")
                .contains("| `daily` | `float` | time |");
    }

    @Test
    void thresholdsRecordedInTheBaselinesApplyUnlessGiven() throws Exception {
        Path resultsDir = results();
        Path baselines = dir.resolve("baselines.json");
        BaselinesJson.write(baselines, GateFixtures.withThresholds(GateFixtures.scaled(0.5, 0.5, 1),
                new Thresholds(0.5, 2.0, 0.1)));

        assertThat(new GateCheck(resultsDir, baselines, null, null, null, null).run().failures()).isEmpty();
        assertThat(new GateCheck(resultsDir, baselines, 0.05, 0.2, null, null).run().failures()).hasSize(10);
    }

    @Test
    void malformedBaselinesFailAndStayByteIdentical() throws Exception {
        Path resultsDir = results();
        Path baselines = dir.resolve("baselines.json");
        byte[] broken = "{\"schemaVersion\": 1, \"rows\": [ {\"scenario\": }".getBytes(StandardCharsets.UTF_8);
        Files.write(baselines, broken);

        assertThatThrownBy(new GateCheck(resultsDir, baselines, null, null, null, null)::run)
                .isInstanceOf(BaselinesFileException.class)
                .hasMessageContaining(baselines.toString()).hasMessageContaining("line 1, column");

        assertThat(Files.readAllBytes(baselines)).isEqualTo(broken);
        assertThat(BaselinesJson.backupOf(baselines)).doesNotExist();
    }

    @Test
    void withoutBaselinesOnlyTheTargetIsChecked() throws Exception {
        CheckOutcome outcome = new GateCheck(results(), dir.resolve("none.json"), null, null, null, null).run();
        assertThat(outcome.baselinesPresent()).isFalse();
        assertThat(outcome.rows()).isEmpty();
        assertThat(dir.resolve("none.json")).doesNotExist();
    }

    @Test
    void aTargetGivenToCheckChangesTheVerdictAndSaysSo() throws Exception {
        Path resultsDir = results();
        CheckOutcome recorded = new GateCheck(resultsDir, dir.resolve("none.json"), null, null, null, null).run();
        GateCheck strict = new GateCheck(resultsDir, dir.resolve("none.json"), null, null, null, null, 5.0);

        CheckOutcome outcome = strict.run();

        // The sample run's cheapest exact mode costs about +10%: it meets the recorded 30% and misses 5%.
        assertThat(recorded.targetMissed()).isFalse();
        assertThat(outcome.targetMissed()).isTrue();
        assertThat(CheckTable.runVerdictLine(outcome.results()))
                .isEqualTo("Run verdict: MISSED — no exact mode meets the 5% target end to end in daily, hourly");
        assertThat(strict.retargeted(outcome)).hasValue("Target verdicts judged against decibench.target=5%, not"
                + " the target recorded with the results (the measurements are unchanged).");
        assertThat(new GateCheck(resultsDir, dir.resolve("none.json"), null, null, null, null).retargeted(recorded))
                .isEmpty();
    }
}
