package io.decibench.plugin.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.decibench.plugin.stats.TargetVerdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsARunExactly() throws Exception {
        BenchmarkResults run = Fixtures.sampleRun();
        Path file = dir.resolve("out/" + ResultsJson.FILE_NAME);
        ResultsJson.write(file, run);
        assertThat(ResultsJson.read(file)).isEqualTo(run);
    }

    @Test
    void writesTheContractFieldNamesAndNullsForUndefinedNumbers() throws Exception {
        List<ForkSample> forks = List.of(Fixtures.fork("daily", "float", 1, 2.0, Double.NaN),
                Fixtures.fork("daily", "decimal", 1, 2.5, Double.NaN));
        BenchmarkResults run = ResultsAssembler.assemble(forks,
                Fixtures.settings(List.of("daily"), List.of("float", "decimal", "decimal-native"), 1),
                Fixtures.fingerprint(), null, Instant.parse("2026-11-26T22:00:00Z"), List.of(),
                Map.of("decimal-native", "native library not found"));
        JsonNode json = new ObjectMapper().readTree(ResultsJson.toBytes(run));

        assertThat(json.get("schemaVersion").intValue()).isEqualTo(2);
        assertThat(json.get("timestamp").textValue()).isEqualTo("2026-11-26T22:00:00Z");
        assertThat(json.get("gitCommit").isNull()).isTrue();
        assertThat(json.get("fingerprint").get("jvmArgs").get(0).textValue()).isEqualTo("-Xmx2g");
        assertThat(json.get("settings").get("targetPercent").doubleValue()).isEqualTo(30.0);
        JsonNode floatRow = json.get("results").get(0);
        List<String> keys = new java.util.ArrayList<>();
        floatRow.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("scenario", "mode", "status", "reason", "unit", "forkMeans", "samples",
                "mean", "median", "min", "max", "ciLow", "ciHigh", "allocBytesPerOp", "nsPerBar", "extraNsPerBar",
                "forkLoads");
        List<String> top = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("schemaVersion", "timestamp", "gitCommit", "fingerprint", "settings",
                "modes", "scenarios", "results", "overheads", "overall", "scenarioVerdicts", "verdict", "exactness",
                "forkVm");
        List<String> overheadKeys = new java.util.ArrayList<>();
        json.get("overheads").get(0).fieldNames().forEachRemaining(overheadKeys::add);
        assertThat(overheadKeys).containsExactly("scenario", "mode", "overheadPercent", "overheadCiLow",
                "overheadCiHigh", "pairRatios", "targetPercent", "verdict", "sameEngineReference",
                "sameEngineOverheadPercent", "sameEngineOverheadCiLow", "sameEngineOverheadCiHigh",
                "sameEnginePairRatios");
        List<String> modeKeys = new java.util.ArrayList<>();
        json.get("modes").get(0).fieldNames().forEachRemaining(modeKeys::add);
        assertThat(modeKeys).containsExactly("mode", "engine", "exact", "reference");
        assertThat(floatRow.get("status").textValue()).isEqualTo("ok");
        assertThat(floatRow.get("scenario").textValue()).isEqualTo("daily");
        assertThat(floatRow.get("ciLow").isNull()).isTrue();
        assertThat(floatRow.get("allocBytesPerOp").isNull()).isTrue();
        assertThat(floatRow.get("samples").get(0).size()).isEqualTo(3);
        JsonNode nativeRow = json.get("results").get(2);
        assertThat(nativeRow.get("status").textValue()).isEqualTo("unavailable");
        assertThat(nativeRow.get("reason").textValue()).isEqualTo("native library not found");
        JsonNode overhead = json.get("overheads").get(0);
        assertThat(overhead.get("overheadPercent").doubleValue()).isCloseTo(25.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(overhead.get("overheadCiLow").isNull()).isTrue();
        assertThat(overhead.get("verdict").textValue()).isEqualTo(TargetVerdict.INCONCLUSIVE.name());
        // One round: no interval, so the run is undecided and names no mode.
        assertThat(json.get("verdict").get("verdict").textValue()).isEqualTo("INCONCLUSIVE");
        assertThat(json.get("verdict").get("mode").isNull()).isTrue();
        assertThat(json.get("verdict").get("decidedBy").get(0).textValue()).isEqualTo("daily");
    }

    @Test
    void malformedFileNamesFileLineAndTheFix() throws Exception {
        Path file = dir.resolve(ResultsJson.FILE_NAME);
        Files.writeString(file, "{\n  \"schemaVersion\": 2,\n  \"results\": [ oops ]\n}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 3")
                .hasMessageContaining("mvn verify");
    }

    @Test
    void truncatedFileIsReportedNotHalfRead() throws Exception {
        Path file = dir.resolve(ResultsJson.FILE_NAME);
        byte[] full = ResultsJson.toBytes(Fixtures.sampleRun());
        Files.write(file, java.util.Arrays.copyOf(full, full.length / 2));
        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageContaining("Malformed benchmark results")
                .hasMessageContaining("line ");
    }

    @Test
    void wrongTypeIsReportedWithPosition() throws Exception {
        Path file = dir.resolve(ResultsJson.FILE_NAME);
        String json = new String(ResultsJson.toBytes(Fixtures.sampleRun()), StandardCharsets.UTF_8)
                .replaceFirst("\"runs\" : 5", "\"runs\" : \"five\"");
        Files.writeString(file, json);
        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageContaining("line ")
                .hasMessageContaining("column");
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsPath() throws Exception {
        Path file = dir.resolve(ResultsJson.FILE_NAME);
        String json = new String(ResultsJson.toBytes(Fixtures.sampleRun()), StandardCharsets.UTF_8)
                .replaceFirst("\"scenario\" : \"daily\",\n    \"mode\" : \"decimal\",", "");
        Files.writeString(file, json);
        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageContaining("results[1].scenario")
                .hasMessageContaining(file.toString());
    }

    @Test
    void otherSchemaVersionIsAClearError() throws Exception {
        Path file = dir.resolve(ResultsJson.FILE_NAME);
        Files.writeString(file, "{\"schemaVersion\": 1}");
        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageContaining("schemaVersion 1")
                .hasMessageContaining("reads version 2");
    }

    @Test
    void missingFileSaysToRunTheBenchmark() {
        Path file = dir.resolve("none.json");
        assertThat(ResultsJson.readIfPresent(file)).isEmpty();
        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageContaining("decibench:benchmark");
    }
}
