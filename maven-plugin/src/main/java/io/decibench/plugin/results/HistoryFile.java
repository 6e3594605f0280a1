package io.decibench.plugin.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * history.jsonl: one compact JSON line per run, appended for trends. Appends rewrite the file atomically (old
 * content + new line to a temp file, then rename), so an interrupted run never truncates the history; malformed
 * lines are reported and skipped on read but kept in the file.
 */
public final class HistoryFile {

    /** The file's name. */
    public static final String FILE_NAME = "history.jsonl";

    /**
     * The default location, relative to the project's base directory: outside {@code target/}, so {@code mvn clean}
     * keeps the trend, in a folder of its own that a {@code .gitignore} line ({@code .decibench/}) keeps out of
     * commits.
     */
    public static final String DEFAULT_LOCATION = ".decibench/" + FILE_NAME;

    private static final Object APPEND_MONITOR = new Object();

    private final Path file;
    private final ObjectMapper mapper = ResultsJson.mapper();

    public HistoryFile(Path file) {
        this.file = file;
    }

    /** What reading the history found. */
    public record Contents(List<HistoryEntry> entries, List<MalformedLine> malformed) {
        public Contents {
            entries = List.copyOf(entries);
            malformed = List.copyOf(malformed);
        }
    }

    /** A line that could not be read; it stays in the file. */
    public record MalformedLine(int lineNumber, String problem) {
        /** A message naming file and line, for the build log. */
        public String describe(Path file) {
            return file + " line " + lineNumber + " is not a Decibench history entry (" + problem
                    + "); it is skipped. Fix or delete that line to silence this warning.";
        }
    }

    /** The file this history lives in. */
    public Path file() {
        return file;
    }

    /** Appends the run's line. */
    public void append(BenchmarkResults results) throws IOException {
        append(HistoryEntry.of(results));
    }

    /** Appends one entry as a single compact line (see {@link #appendAndCommit}). */
    public void append(HistoryEntry entry) throws IOException {
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            appendAndCommit(entry, batch);
        }
    }

    /**
     * Stages the history with the run's line added into {@code batch}, then commits the whole batch: the run's other
     * files and its history line change together or not at all. Appends are serialised, within this JVM and across
     * processes (through {@code <file>.lock}), so parallel builds sharing one history never lose each other's lines.
     */
    public void appendAndCommit(HistoryEntry entry, AtomicFiles.Batch batch) throws IOException {
        byte[] line = mapper.writeValueAsBytes(entry);
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
        // A FileLock guards against other processes only; threads of this JVM need the monitor as well.
        synchronized (APPEND_MONITOR) {
            try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                batch.stage(file, out -> out.write(withLine(line)));
                batch.commit();
            }
        }
    }

    private byte[] withLine(byte[] line) throws IOException {
        byte[] old = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream(old.length + line.length + 2);
        out.write(old);
        // A previous writer (or a hand edit) may have left the last line unterminated.
        if (old.length > 0 && old[old.length - 1] != '\n') {
            out.write('\n');
        }
        out.write(line);
        out.write('\n');
        return out.toByteArray();
    }

    /** Every readable entry in file order, and the malformed lines; empty when the file does not exist. */
    public Contents read() throws IOException {
        if (!Files.exists(file)) {
            return new Contents(List.of(), List.of());
        }
        List<HistoryEntry> entries = new ArrayList<>();
        List<MalformedLine> malformed = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                HistoryEntry e = mapper.readValue(line, HistoryEntry.class);
                if (e.schemaVersion() != HistoryEntry.SCHEMA_VERSION) {
                    malformed.add(new MalformedLine(i + 1, "schemaVersion " + e.schemaVersion()
                            + ", this plugin reads " + HistoryEntry.SCHEMA_VERSION));
                } else {
                    entries.add(e);
                }
            } catch (JsonProcessingException ex) {
                malformed.add(new MalformedLine(i + 1, JsonProblem.describe(ex)));
            }
        }
        return new Contents(entries, malformed);
    }
}
