package io.decibench.plugin.report;

import io.decibench.plugin.gate.GateRow;
import io.decibench.plugin.gate.Verdict;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.HistoryFile;
import io.decibench.plugin.results.ResultsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDataReaderTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyResultsDirectoryMeansNoResultsAndNoProblems() {
        ReportData data = ReportDataReader.read(dir, dir.resolve("history.jsonl"), dir.resolve("baselines.json"));

        assertThat(data.hasResults()).isFalse();
        assertThat(data.problems()).isEmpty();
        assertThat(data.checkRan()).isFalse();
        assertThat(data.baselinesExist()).isFalse();
        assertThat(data.resultsFile()).isEqualTo(dir.resolve("benchmark-results.json"));
    }

    @Test
    void readsResultsCheckRowsHistoryAndBaselinesPresence() throws Exception {
        ResultsJson.write(dir.resolve(ResultsJson.FILE_NAME), Fixtures.sampleRun());
        HistoryFile history = new HistoryFile(dir.resolve(HistoryFile.FILE_NAME));
        history.append(Fixtures.sampleRun());
        history.append(Fixtures.sampleRun());
        Files.writeString(dir.resolve("check-results.json"), """
                {"schemaVersion":1,"rows":[{"scenario":"daily","mode":"decimal","metric":"overhead-ratio",
                  "baseline":1.4,"current":1.45,"change":0.0357,"changeCiLow":null,"changeCiHigh":null,
                  "verdict":"PASS","unit":null,"note":null}]}""");
        Files.writeString(dir.resolve("baselines.json"), "{}");

        ReportData data = ReportDataReader.read(dir, history.file(), dir.resolve("baselines.json"));

        assertThat(data.problems()).isEmpty();
        assertThat(data.results()).isEqualTo(Fixtures.sampleRun());
        assertThat(data.history()).hasSize(2);
        assertThat(data.baselinesExist()).isTrue();
        assertThat(data.regressions()).containsExactly(new GateRow("daily", "decimal", "overhead-ratio",
                1.4, 1.45, 0.0357, null, null, Verdict.PASS, null, null));
    }

    @Test
    void malformedInputsBecomeProblemsNamingTheFileInsteadOfExceptions() throws Exception {
        Files.writeString(dir.resolve(ResultsJson.FILE_NAME), "{\"schemaVersion\": 2,\n \"results\": [");
        Files.writeString(dir.resolve("check-results.json"), "{\"schemaVersion\": 1, \"rows\": [{\"scenario\": }]}");
        Files.writeString(dir.resolve(HistoryFile.FILE_NAME), "not json\n");

        ReportData data = ReportDataReader.read(dir, dir.resolve(HistoryFile.FILE_NAME), null);

        assertThat(data.hasResults()).isFalse();
        assertThat(data.problems()).hasSize(3);
        assertThat(data.problems().get(0)).contains("benchmark-results.json").contains("line 2");
        assertThat(data.problems().get(1)).contains("check-results.json").contains("line 1")
                .contains("mvn verify");
        assertThat(data.problems().get(2)).contains("history.jsonl line 1");
    }

    @Test
    void checkResultsOfAnotherSchemaVersionAreAProblemNamingTheFix() throws Exception {
        Files.writeString(dir.resolve("check-results.json"), "[{\"scenario\": \"daily\", \"verdict\": \"PASS\"}]");

        ReportData data = ReportDataReader.read(dir, null, null);

        assertThat(data.problems()).singleElement().satisfies(p -> assertThat(p).contains("check-results.json")
                .contains("schemaVersion (missing)").contains("mvn decibench:check"));
    }
}
