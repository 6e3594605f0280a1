package io.decibench.plugin.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.JsonProblem;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes baselines.json. Writes schema version 2, keep the previous file as {@code .bak} and are atomic.
 * Reads version 2 and, for the message that says how to replace it, version 1 (which recorded no settings).
 */
public final class BaselinesJson {

    /** The default location, relative to the project's base directory. */
    public static final String DEFAULT_LOCATION = "src/test/decibench/baselines.json";

    private static final String FIX = "Fix the file, or re-create it from the latest results with "
            + "`mvn decibench:baseline -Ddecibench.baselineReplace=true`.";

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
     * @throws BaselinesFileException when the file is unreadable, not valid JSON, of an unknown schema version or
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
        if (version != null && version.isInt() && version.intValue() == 1) {
            return readVersion1(file, tree);
        }
        if (version == null || !version.isInt() || version.intValue() != Baselines.SCHEMA_VERSION) {
            throw new BaselinesFileException(file, "Baselines " + file + " have schemaVersion "
                    + (version == null ? "(missing)" : version.toString()) + " but this plugin reads versions 1 and "
                    + Baselines.SCHEMA_VERSION + ". Re-create them with "
                    + "`mvn decibench:baseline -Ddecibench.baselineReplace=true`.", null);
        }
        try {
            Baselines baselines = MAPPER.readValue(bytes, Baselines.class);
            String missing = baselines.fingerprint() == null ? "fingerprint"
                    : baselines.settings() == null ? "settings" : null;
            if (missing != null) {
                throw new BaselinesFileException(file, "Malformed baselines " + file + ": \"" + missing
                        + "\" is missing. " + FIX, null);
            }
            return baselines;
        } catch (IOException e) {
            throw malformed(file, e);
        }
    }

    /**
     * A schema-1 file: one session of per-fork means, no settings. It is returned as one session so that it can be
     * shown; the gate compares nothing with it (its settings are unknown) and says how to replace it.
     */
    private static Baselines readVersion1(Path file, JsonNode tree) {
        try {
            Fingerprint fingerprint = MAPPER.treeToValue(tree.get("fingerprint"), Fingerprint.class);
            Thresholds thresholds = tree.hasNonNull("thresholds")
                    ? MAPPER.treeToValue(tree.get("thresholds"), Thresholds.class) : null;
            Instant created = tree.hasNonNull("createdAt") ? Instant.parse(tree.get("createdAt").asText()) : null;
            String commit = tree.hasNonNull("gitCommit") ? tree.get("gitCommit").asText() : null;
            List<BaselineRow> rows = new ArrayList<>();
            for (JsonNode r : tree.path("rows")) {
                Double alloc = r.hasNonNull("allocBytesPerOp") ? r.get("allocBytesPerOp").asDouble() : null;
                rows.add(new BaselineRow(r.path("scenario").asText(null), r.path("mode").asText(null),
                        r.path("unit").asText(null), List.of(new SessionSamples(1, numbers(r.path("forkMeans")),
                        numbers(r.path("pairRatios")), alloc, "schema 1: per-fork means, settings not recorded"))));
            }
            if (fingerprint == null) {
                throw new BaselinesFileException(file, "Malformed baselines " + file
                        + ": \"fingerprint\" is missing. " + FIX, null);
            }
            return new Baselines(1, created, created, fingerprint, null, thresholds,
                    List.of(new BaselineSession(1, created, created, commit, 0)), rows);
        } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new BaselinesFileException(file, "Malformed baselines " + file + " (schema version 1): "
                    + e.getMessage() + ". " + FIX, e);
        }
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asDouble()));
        return values;
    }

    private static BaselinesFileException malformed(Path file, IOException e) {
        if (e instanceof JsonProcessingException jpe) {
            return new BaselinesFileException(file, "Malformed baselines " + file + " at " + ResultsJson.position(jpe)
                    + ": " + JsonProblem.describe(jpe) + ". " + FIX, e);
        }
        return new BaselinesFileException(file, "Cannot read baselines " + file + ": " + e + ". " + FIX, e);
    }
}
