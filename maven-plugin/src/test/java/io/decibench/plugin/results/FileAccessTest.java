package io.decibench.plugin.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAccessTest {

    @TempDir
    Path dir;

    @Test
    void aWritableFolderIsCreatedAndLeftEmpty() throws Exception {
        assertThat(FileAccess.problem(dir.resolve("a/forks"), "logs", "decibench.resultsDirectory")).isEmpty();
        assertThat(dir.resolve("a/forks")).isEmptyDirectory();
    }

    @Test
    void aFolderThatCannotBeCreatedIsNamedWithTheReasonAndTheFix() throws Exception {
        Files.writeString(dir.resolve("r"), "in the way");

        assertThat(FileAccess.problem(dir.resolve("r/forks"), "each fork's log and JSON", "decibench.resultsDirectory"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Cannot write to " + dir.resolve("r/forks") + " (")
                        .contains("where Decibench keeps each fork's log and JSON. Fix: make the folder writable")
                        .endsWith("or point decibench.resultsDirectory to a folder that is."));
    }

    @Test
    void reasonsAreWordsNotExceptionNames() {
        assertThat(FileAccess.reason(new FileSystemException("/r/forks", null, "Operation not permitted")))
                .startsWith("the operation is not permitted");
        assertThat(FileAccess.reason(new AccessDeniedException("/r"))).isEqualTo("permission denied");
        assertThat(FileAccess.reason(new FileSystemException("/r/x", null, "No space left on device")))
                .isEqualTo("the disk is full: No space left on device");
        assertThat(FileAccess.reason(new FileSystemException("/r/x", null, "Read-only file system")))
                .isEqualTo("the file system is read-only");
    }
}
