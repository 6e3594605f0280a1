package io.decibench.kernel.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming manifest reader reads what the writer writes, and names the defect of what it cannot read. */
class ManifestJsonTest {

    @TempDir
    Path dir;

    private static BundleManifest sample() {
        Map<String, BundleManifest.FileEntry> files = new LinkedHashMap<>();
        files.put("close.i64", new BundleManifest.FileEntry(163_040L, "5c606cf0"));
        files.put("volume.i64", new BundleManifest.FileEntry(5_000_000_000L, "05fe85d7"));
        return new BundleManifest(1, "profiling-hourly", "hourly", "XNYS", "2024-01-02", "2024-07-31", 146, 7, 1, 2,
                List.of("SYM000", "SYM001"), 20_240_102_000_000L, 4, 1019, 2038L, files);
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve(BundleManifest.FILE_NAME);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** The sample's manifest as written, with one piece of its text replaced, in the manifest file. */
    private Path sampleWith(String written, String replacement) throws IOException {
        String json = new String(ManifestJson.toBytes(sample()), StandardCharsets.UTF_8);
        return write(json.replace(written, replacement));
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        Path file = dir.resolve(BundleManifest.FILE_NAME);
        Files.write(file, ManifestJson.toBytes(sample()));
        assertThat(ManifestJson.read(file)).isEqualTo(sample());
    }

    @Test
    void ignoresUnknownFieldsOfAnyShape() throws Exception {
        String json = new String(ManifestJson.toBytes(sample()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{ \"comment\" : { \"nested\" : [ 1, { \"x\" : null } ] }, \"extra\" : 3,");
        assertThat(ManifestJson.read(write(json))).isEqualTo(sample());
    }

    @Test
    void aNumberWrittenAsTextIsMalformedAtItsLineAndColumn() throws Exception {
        Path file = sampleWith("\"sessions\" : 146", "\"sessions\" : \"146\"");
        assertThatThrownBy(() -> ManifestJson.read(file)).isInstanceOf(BundleDefect.class)
                .hasMessageContaining("Malformed manifest " + file + " at line 8, column")
                .hasMessageContaining("expected an integer for \"sessions\"");
    }

    @Test
    void anIntegerTooLargeForItsFieldIsMalformed() throws Exception {
        Path file = sampleWith("\"barsPerAsset\" : 1019", "\"barsPerAsset\" : 3000000000");
        assertThatThrownBy(() -> ManifestJson.read(file)).isInstanceOf(BundleDefect.class)
                .hasMessageContaining("expected an integer of at most 2147483647 for \"barsPerAsset\"");
    }

    @Test
    void missingAndNullFieldsAreNamed() throws Exception {
        Path file = write("{ \"formatVersion\" : 1, \"name\" : null, \"symbols\" : [ \"A\" ] }");
        assertThatThrownBy(() -> ManifestJson.read(file)).isInstanceOf(BundleDefect.class)
                .hasMessageContaining("Malformed manifest " + file + ": the required field(s) name, frequency,")
                .hasMessageContaining("barCount, files are missing or null")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("formatVersion").doesNotContain("symbols"));
    }

    @Test
    void aColumnFileWithoutItsChecksumIsMalformed() throws Exception {
        Path file = sampleWith("\"sha256\" : \"5c606cf0\"", "\"sha\" : \"5c606cf0\"");
        assertThatThrownBy(() -> ManifestJson.read(file)).isInstanceOf(BundleDefect.class)
                .hasMessageContaining("expected both bytes and sha256 of close.i64");
    }

    @Test
    void aTruncatedFileIsMalformedAndAnAbsentOneMissing() throws Exception {
        String json = new String(ManifestJson.toBytes(sample()), StandardCharsets.UTF_8);
        Path file = write(json.substring(0, json.length() / 2));
        assertThatThrownBy(() -> ManifestJson.read(file)).isInstanceOf(BundleDefect.class)
                .hasMessageContaining("Malformed manifest " + file + " at line");
        Path absent = dir.resolve("nowhere").resolve(BundleManifest.FILE_NAME);
        assertThatThrownBy(() -> ManifestJson.read(absent)).isInstanceOf(BundleDefect.class)
                .hasMessage("Missing manifest " + absent);
    }
}
