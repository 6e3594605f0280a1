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
        assertThat(json).contains("\"schemaVersion\" : 1", "\"createdAt\" : \"2026-11-20T10:00:00Z\"",
                "\"warnThreshold\" : 0.05", "\"failThreshold\" : 0.2", "\"allocTolerance\" : 0.1",
                "\"overheadRatio\"", "\"pairRatios\"", "\"timeMean\"", "\"forkMeans\"", "\"allocBytesPerOp\"");
    }

    @Test
    void storesOverheadRatioAsOnePlusOverhead() {
        Baselines b = GateFixtures.baselines();
        BaselineRow row = b.row("daily", "decimal").orElseThrow();
        double pct = GateFixtures.run().overhead("daily", "decimal").orElseThrow().overheadPercent();
        assertThat(row.overheadRatio()).isEqualTo(1 + pct / 100);
        assertThat(row.pairRatios()).hasSize(5);
        assertThat(b.row("daily", "float").orElseThrow().overheadRatio()).isNull();
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
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"rows\": [ { \"scenario\": \"daily\", }\n");

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
                .replaceFirst("\"timeMean\" : [0-9.E-]+", "\"timeMean\" : \"fast\"");
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
                .replaceFirst("\"timeMean\" : [0-9.E-]+", "\"timeMean\" : \"fast\"");
        Files.writeString(file, json);

        assertThatThrownBy(() -> BaselinesJson.read(file))
                .hasMessageContaining(": \"rows[0].timeMean\" must be a number, not \"fast\"");
    }

    @Test
    void wrongVersionIsRejected() throws Exception {
        Path file = dir.resolve("baselines.json");
        Files.writeString(file, "{\"schemaVersion\": 2, \"rows\": []}");

        assertThatThrownBy(() -> BaselinesJson.read(file))
                .isInstanceOf(BaselinesFileException.class)
                .hasMessageContaining("have schemaVersion 2 but this plugin reads version 1")
                .hasMessageContaining(file.toString());
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
        byte[] broken = "{ \"schemaVersion\": 1, \"rows\": [ ".getBytes(StandardCharsets.UTF_8);
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
