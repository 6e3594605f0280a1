package io.decibench.plugin.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.JsonProblem;
import io.decibench.plugin.results.ResultsFileException;
import io.decibench.plugin.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads check-results.json: {@code {"schemaVersion": 1, "rows": [...]}} with one {@link GateRow} object
 * per gate row (see the site's "Verdicts" page). The check goal writes it; the report reads the same record back.
 */
public final class CheckResultsJson {

    /** The file name under the results directory. */
    public static final String FILE_NAME = "check-results.json";

    /** The schema version this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private static final String FIX = "Re-create it with `mvn verify` (or `mvn decibench:check`).";
    private static final ObjectMapper MAPPER = ResultsJson.newMapper();

    private CheckResultsJson() {
    }

    public static byte[] toBytes(List<GateRow> rows) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("schemaVersion", SCHEMA_VERSION);
        file.put("rows", rows);
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise check results: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(Path file, List<GateRow> rows) throws IOException {
        AtomicFiles.write(file, toBytes(rows));
    }

    /**
     * The rows of a check-results file.
     *
     * @throws ResultsFileException when the file cannot be read, is not valid JSON or has another schema version;
     *                              the message names the file, the position and the fix
     */
    public static List<GateRow> read(Path file) {
        try {
            JsonNode tree = MAPPER.readTree(Files.readAllBytes(file));
            JsonNode version = tree == null ? null : tree.get("schemaVersion");
            if (tree == null || !tree.isObject() || version == null || !version.isInt()
                    || version.intValue() != SCHEMA_VERSION) {
                throw new ResultsFileException(file, "Check results " + file + " have schemaVersion "
                        + (version == null ? "(missing)" : version.toString()) + " but this plugin reads version "
                        + SCHEMA_VERSION + ". " + FIX, null);
            }
            JsonNode rows = tree.get("rows");
            if (rows == null || !rows.isArray()) {
                throw new ResultsFileException(file, "Malformed check results " + file
                        + ": \"rows\" is not an array of row objects. " + FIX, null);
            }
            return List.of(MAPPER.treeToValue(rows, GateRow[].class));
        } catch (JsonProcessingException e) {
            throw new ResultsFileException(file, "Malformed check results " + file + " at " + ResultsJson.position(e)
                    + ": " + JsonProblem.describe(e) + ". " + FIX, e);
        } catch (IOException e) {
            throw new ResultsFileException(file, "Cannot read check results " + file + ": " + e.getMessage(), e);
        }
    }
}
