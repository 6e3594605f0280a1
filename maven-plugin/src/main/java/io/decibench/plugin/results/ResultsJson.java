package io.decibench.plugin.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads and writes benchmark-results.json (the schema on the site's "Results format" page); writes are atomic. */
public final class ResultsJson {

    /** The file name under the results directory. */
    public static final String FILE_NAME = "benchmark-results.json";

    private static final String FIX = "Re-create it with `mvn verify` (or `mvn decibench:benchmark`).";

    private static final ObjectMapper MAPPER = newMapper();

    private ResultsJson() {
    }

    /** The mapper for every Decibench results file: ISO-8601 instants, records, unknown fields ignored. */
    public static ObjectMapper newMapper() {
        SimpleModule time = new SimpleModule("decibench-time");
        time.addSerializer(Instant.class, new StdScalarSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        time.addDeserializer(Instant.class, new StdScalarDeserializer<>(Instant.class) {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException | NullPointerException e) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                            "not an ISO-8601 UTC instant such as 2026-11-26T22:00:00Z");
                }
            }
        });
        return JsonMapper.builder()
                .addModule(time)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The shared mapper (thread-safe once configured). */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The results as pretty-printed JSON bytes. */
    public static byte[] toBytes(BenchmarkResults results) {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise benchmark results: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code results} to {@code file} atomically (a reader sees the old or the new file, never half). */
    public static void write(Path file, BenchmarkResults results) throws IOException {
        AtomicFiles.write(file, toBytes(results));
    }

    /** Reads the results, or empty when the file does not exist. */
    public static Optional<BenchmarkResults> readIfPresent(Path file) {
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /**
     * Reads and validates a results file.
     *
     * @throws ResultsFileException when the file is missing, not valid JSON, of another schema version or does
     *                              not match the schema; the message names the file, the position and the fix
     */
    public static BenchmarkResults read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ResultsFileException(file, "No benchmark results at " + file
                    + ": run `mvn verify` (or `mvn decibench:benchmark`) first.", e);
        } catch (IOException e) {
            throw new ResultsFileException(file, "Cannot read benchmark results " + file + ": " + e.getMessage(), e);
        }
        return parse(file, bytes);
    }

    /** Parses results bytes; {@code file} only names the source in error messages. */
    public static BenchmarkResults parse(Path file, byte[] bytes) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        } catch (IOException e) {
            throw new ResultsFileException(file, "Cannot read benchmark results " + file + ": " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ResultsFileException(file, "Malformed benchmark results " + file
                    + ": expected a JSON object at line 1, column 1. " + FIX, null);
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != BenchmarkResults.SCHEMA_VERSION) {
            throw new ResultsFileException(file, "Benchmark results " + file + " have schemaVersion "
                    + (version == null ? "(missing)" : version.toString()) + " but this plugin reads version "
                    + BenchmarkResults.SCHEMA_VERSION + ". " + FIX, null);
        }
        try {
            BenchmarkResults results = MAPPER.readValue(bytes, BenchmarkResults.class);
            String missing = firstMissingField(results);
            if (missing != null) {
                throw new ResultsFileException(file, "Malformed benchmark results " + file + ": required field "
                        + missing + " is missing or null. " + FIX, null);
            }
            return results;
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        } catch (IOException e) {
            throw new ResultsFileException(file, "Cannot read benchmark results " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JSON path of the first required field that is absent, or null when the results are complete. */
    static String firstMissingField(BenchmarkResults r) {
        if (r.timestamp() == null) {
            return "timestamp";
        }
        if (r.fingerprint() == null) {
            return "fingerprint";
        }
        if (r.settings() == null) {
            return "settings";
        }
        for (int i = 0; i < r.results().size(); i++) {
            ModeResult m = r.results().get(i);
            String field = m.scenario() == null ? "scenario" : m.mode() == null ? "mode"
                    : m.status() == null ? "status" : m.isOk() && m.mean() == null ? "mean" : null;
            if (field != null) {
                return "results[" + i + "]." + field;
            }
        }
        for (int i = 0; i < r.overheads().size(); i++) {
            Overhead o = r.overheads().get(i);
            // The verdict judges the end-to-end figure: without it (float not measured) there is none.
            String field = o.scenario() == null ? "scenario" : o.mode() == null ? "mode"
                    : o.verdict() == null && o.overheadPercent() != null ? "verdict" : null;
            if (field != null) {
                return "overheads[" + i + "]." + field;
            }
        }
        for (int i = 0; i < r.overall().size(); i++) {
            OverallOverhead o = r.overall().get(i);
            if (o.mode() == null || o.verdict() == null && o.overheadPercent() != null) {
                return "overall[" + i + "]." + (o.mode() == null ? "mode" : "verdict");
            }
        }
        return null;
    }

    private static ResultsFileException malformed(Path file, JsonProcessingException e) {
        return new ResultsFileException(file, "Malformed benchmark results " + file + " at " + position(e)
                + ": " + JsonProblem.describe(e) + ". " + FIX, e);
    }

    /** "line L, column C" of a Jackson error, or "unknown position". */
    public static String position(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 1) {
            return "unknown position";
        }
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
