package io.decibench.plugin.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void createsParentsAndWritesTheContent() throws IOException {
        Path target = dir.resolve("a/b/out.json");
        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("{}");
        assertThat(listing()).containsExactly("a");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old content that is longer");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("new");
    }

    @Test
    void anInterruptedWriteLeavesTheOldFileAndNoTempFile() throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "complete old file");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new fi".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).hasContent("complete old file");
        assertThat(listing()).containsExactly("out.json");
    }

    @Test
    void anInterruptedFirstWriteLeavesNoFileAtAll() throws IOException {
        Path target = dir.resolve("out.json");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write('{');
            throw new IllegalStateException("serialiser crashed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(target).doesNotExist();
        assertThat(listing()).isEmpty();
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedFileKeepsItsMode() throws IOException {
        Path fresh = dir.resolve("new.json");
        AtomicFiles.write(fresh, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path shared = dir.resolve("shared.json");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(shared, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aBatchThatCannotStageEveryFileChangesNone() throws IOException {
        Path results = dir.resolve("benchmark-results.json");
        Path report = dir.resolve("overhead-report.md");
        Files.writeString(results, "old results");
        Files.writeString(dir.resolve("blocked"), "a file where a folder should be");

        assertThatThrownBy(() -> {
            try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
                batch.stage(results, out -> out.write("new results".getBytes(StandardCharsets.UTF_8)));
                batch.stage(report, out -> out.write("new report".getBytes(StandardCharsets.UTF_8)));
                batch.stage(dir.resolve("blocked/history.jsonl"), out -> out.write('x'));
                batch.commit();
            }
        }).isInstanceOf(IOException.class);

        assertThat(results).hasContent("old results");
        assertThat(report).doesNotExist();
        assertThat(listing()).containsExactly("benchmark-results.json", "blocked");
    }

    @Test
    void aTempFileLeftByACrashedWriterIsRemovedByTheNextWriteAndAFreshOneIsKept() throws IOException {
        Path target = dir.resolve("benchmark-results.json");
        Path stale = Files.writeString(dir.resolve(".benchmark-results.json4711.tmp"), "half");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));
        Path inFlight = Files.writeString(dir.resolve(".benchmark-results.json815.tmp"), "another build, now");
        Path other = Files.writeString(dir.resolve(".benchmark-results.json.bak1.tmp"), "not one of ours");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(stale));

        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(stale).doesNotExist();
        assertThat(inFlight).exists();
        assertThat(other).exists();
        assertThat(target).hasContent("{}");
    }
}
