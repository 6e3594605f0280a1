package io.decibench.plugin.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.JsonProblem;
import io.decibench.plugin.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and writes baselines.json (schema version 1); writes keep the previous file as {@code .bak} and are atomic. */
public final class BaselinesJson {

    /** The default location, relative to the project's base directory. */
    public static final String DEFAULT_LOCATION = "src/test/decibench/baselines.json";

    private static final String FIX = "Fix the file, or re-create it from the latest results with "
            + "`mvn decibench:baseline`.";

    private static final ObjectMapper MAPPER = ResultsJson.newMapper();

    private BaselinesJson() {
    }

    /** The baselines as pretty-printed JSON bytes. */
    public static byte[] toBytes(Baselines baselines) {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(baselines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise baselines: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Copies an existing {@code file} to {@code file.bak}, then replaces {@code file} atomically: an interrupted
     * write leaves the old file in place.
     *
     * @return the backup, empty when there was no previous file
     */
    public static Optional<Path> write(Path file, Baselines baselines) throws IOException {
        byte[] bytes = toBytes(baselines);
        Optional<Path> backup = Optional.empty();
        if (Files.exists(file)) {
            Path bak = backupOf(file);
            Files.copy(file, bak, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            backup = Optional.of(bak);
        }
        AtomicFiles.write(file, bytes);
        return backup;
    }

    /** Where {@link #write} keeps the previous file. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Reads the baselines, or empty when the file does not exist. */
    public static Optional<Baselines> readIfPresent(Path file) {
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /**
     * Reads and validates a baselines file; never writes it.
     *
     * @throws BaselinesFileException when the file is unreadable, not valid JSON, of another schema version or
     *                                does not match the schema; the message names the file, the position and the fix
     */
    public static Baselines read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BaselinesFileException(file, "Cannot read baselines " + file + ": " + e + ". " + FIX, e);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw malformed(file, e);
        }
        if (tree == null || !tree.isObject()) {
            throw new BaselinesFileException(file, "Malformed baselines " + file
                    + " at line 1, column 1: expected a JSON object. " + FIX, null);
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != Baselines.SCHEMA_VERSION) {
            throw new BaselinesFileException(file, "Baselines " + file + " have schemaVersion "
                    + (version == null ? "(missing)" : version.toString()) + " but this plugin reads version "
                    + Baselines.SCHEMA_VERSION + ". Re-create them with `mvn decibench:baseline`.", null);
        }
        try {
            Baselines baselines = MAPPER.readValue(bytes, Baselines.class);
            if (baselines.fingerprint() == null) {
                throw new BaselinesFileException(file, "Malformed baselines " + file
                        + ": \"fingerprint\" is missing. " + FIX, null);
            }
            return baselines;
        } catch (IOException e) {
            throw malformed(file, e);
        }
    }

    private static BaselinesFileException malformed(Path file, IOException e) {
        if (e instanceof JsonProcessingException jpe) {
            return new BaselinesFileException(file, "Malformed baselines " + file + " at " + ResultsJson.position(jpe)
                    + ": " + JsonProblem.describe(jpe) + ". " + FIX, e);
        }
        return new BaselinesFileException(file, "Cannot read baselines " + file + ": " + e + ". " + FIX, e);
    }
}
