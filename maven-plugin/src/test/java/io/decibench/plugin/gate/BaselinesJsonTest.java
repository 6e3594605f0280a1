package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselinesJsonTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsEveryField() throws Exception {
        Baselines b = GateFixtures.baselines();
        Path file = dir.resolve("src/test/decibench/baselines.json");

        assertThat(BaselinesJson.write(file, b)).isEmpty();

        assertThat(BaselinesJson.read(file)).isEqualTo(b);
        String json = Files.readString(file);
        assertThat(json).contains("\"schemaVersion\" : 2", "\"createdAt\" : \"2026-11-20T10:00:00Z\"",
                "\"warnThreshold\" : 0.05", "\"failThreshold\" : 0.2", "\"allocTolerance\" : 0.1",
                "\"settings\"", "\"warmupIterations\" : 3", "\"forkStatistic\" : \"min\"", "\"sessions\"",
                "\"recordedAt\"", "\"forkTimes\"", "\"pairRatios\"", "\"allocBytesPerOp\"", "\"memoryGiB\"");
    }

    @Test
    void storesEverySessionsForkTimesAndPairRatios() {
        Baselines b = GateFixtures.baselines();
        BaselineRow row = b.row("daily", "decimal").orElseThrow();
        assertThat(row.sessions()).hasSize(3).extracting(SessionSamples::session).containsExactly(1, 2, 3);
        assertThat(row.sessions().get(0).forkTimes()).hasSize(5);
        assertThat(row.sessions().get(0).pairRatios()).hasSize(5);
        assertThat(row.sessions().get(0).pairRatios().get(1)).isCloseTo(1.40 * 1.01,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(b.row("daily", "float").orElseThrow().ratioSessions()).isEmpty();
        assertThat(b.sessions()).hasSize(3);
    }

    @Test
    void keepsThePreviousFileAsBak() throws Exception {
        Path file = dir.resolve("baselines.json");
        Files.writeString(file, "previous content");

        Optional<Path> bak = BaselinesJson.write(file, GateFixtures.baselines());

        assertThat(bak).contains(dir.resolve("baselines.json.bak"));
        assertThat(Files.readString(dir.resolve("baselines.json.bak"))).isEqualTo("previous content");
        assertThat(BaselinesJson.read(file)).isEqualTo(GateFixtures.baselines());
    }

    @Test
    void malformedJsonNamesFileAndPosition() throws Exception {
        Path file = dir.resolve("baselines.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 2,\n  \"rows\": [ { \"scenario\": \"daily\", }\n");

        assertThatThrownBy(() -> BaselinesJson.read(file))
                .isInstanceOf(BaselinesFileException.class)
                .hasMessageContaining("Malformed baselines " + file)
                .hasMessageContaining("line 3, column")
                .hasMessageContaining("mvn decibench:baseline");
    }

    @Test
    void wrongTypeNamesPosition() throws Exception {
        Path file = dir.resolve("baselines.json");
        String json = new String(BaselinesJson.toBytes(GateFixtures.baselines()), StandardCharsets.UTF_8)
                .replaceFirst("\"runs\" : [0-9]+", "\"runs\" : \"five\"");
        Files.writeString(file, json);

        assertThatThrownBy(() -> BaselinesJson.read(file))
                .isInstanceOf(BaselinesFileException.class)
                .hasMessageMatching("(?s)Malformed baselines .* at line \\d+, column \\d+: .*");
    }

    @Test
    void aFieldOfTheWrongKindIsNamedInTheFilesTermsNotJavas() throws Exception {
        Path file = dir.resolve("baselines.json");
        String json = new String(BaselinesJson.toBytes(GateFixtures.baselines()), StandardCharsets.UTF_8)
                .replaceFirst("(?s)\"rows\" : \\[.*\\](\\s*)}\\s*$", "\"rows\" : \"oops\"$1}");
        Files.writeString(file, json);

        assertThatThrownBy(() -> BaselinesJson.read(file))
                .isInstanceOf(BaselinesFileException.class)
                .hasMessageMatching("(?s)Malformed baselines .* at line \\d+, column \\d+: \"rows\" must be an"
                        + " array, not the string \"oops\"\\. Fix the file, .*")
                .hasMessageNotContaining("java.util").hasMessageNotContaining("io.decibench");
    }

    @Test
    void aNumberWhereTextBelongsNamesThePathInsideTheRows() throws Exception {
        Path file = dir.resolve("baselines.json");
        String json = new String(BaselinesJson.toBytes(GateFixtures.baselines()), StandardCharsets.UTF_8)
                .replaceFirst("\"allocBytesPerOp\" : [0-9.E-]+", "\"allocBytesPerOp\" : \"fast\"");
        Files.writeString(file, json);

        assertThatThrownBy(() -> BaselinesJson.read(file))
                .hasMessageContaining(": \"rows[0].sessions[0].allocBytesPerOp\" must be a number, not \"fast\"");
    }

    @Test
    void unknownVersionIsRejected() throws Exception {
        Path file = dir.resolve("baselines.json");
        Files.writeString(file, "{\"schemaVersion\": 3, \"rows\": []}");

        assertThatThrownBy(() -> BaselinesJson.read(file))
                .isInstanceOf(BaselinesFileException.class)
                .hasMessageContaining("have schemaVersion 3 but this plugin reads versions 1 and 2")
                .hasMessageContaining(file.toString());
    }

    @Test
    void aFileWithoutSettingsIsMalformed() throws Exception {
        Path file = dir.resolve("baselines.json");
        String json = new String(BaselinesJson.toBytes(GateFixtures.baselines()), StandardCharsets.UTF_8)
                .replaceFirst("\"settings\" : \\{[^}]*\\}", "\"settings\" : null");
        Files.writeString(file, json);

        assertThatThrownBy(() -> BaselinesJson.read(file)).isInstanceOf(BaselinesFileException.class)
                .hasMessageContaining("\"settings\" is missing");
    }

    @Test
    void invalidRecordedThresholdsAreRejected() throws Exception {
        Path file = dir.resolve("baselines.json");
        String json = new String(BaselinesJson.toBytes(GateFixtures.baselines()), StandardCharsets.UTF_8)
                .replace("\"warnThreshold\" : 0.05", "\"warnThreshold\" : 0.5");
        Files.writeString(file, json);

        assertThatThrownBy(() -> BaselinesJson.read(file))
                .isInstanceOf(BaselinesFileException.class)
                .hasMessageContaining("line ")
                .hasMessageContaining("decibench.warnThreshold (0.5) is greater than decibench.failThreshold");
    }

    @Test
    void readingNeverRewritesTheFile() throws Exception {
        Path file = dir.resolve("baselines.json");
        byte[] broken = "{ \"schemaVersion\": 2, \"rows\": [ ".getBytes(StandardCharsets.UTF_8);
        Files.write(file, broken);

        assertThatThrownBy(() -> BaselinesJson.read(file)).isInstanceOf(BaselinesFileException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(broken);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void missingFileIsEmpty() {
        assertThat(BaselinesJson.readIfPresent(dir.resolve("none.json"))).isEmpty();
    }
}
