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
import java.util.List;
import java.util.Map;

/**
 * Writes and reads check-results.json (schema version 1, see the site's "Verdicts" page): what the rows were judged
 * under (the error budget, contention, an injected slowdown) and one {@link GateRow} object per gate row under
 * {@code rows}. The check goal writes it; the report reads the rows back.
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

    /**
     * The file's content.
     *
     * @param gatedRows        rows with an interval, among which the error budget is divided
     * @param failRate         the largest share of unchanged-code runs that may FAIL (0.005)
     * @param warnRate         the largest share of unchanged-code runs that may WARN (0.05)
     * @param notComparedWhy   why no row was compared, null otherwise
     * @param slowdown         the run's injected slowdown per mode (empty for a real measurement)
     */
    public record Content(int schemaVersion, int gatedRows, double failRate, double warnRate, int baselineSessions,
                          int contendedForks, int rerunForks, String notComparedWhy, Map<String, Double> slowdown,
                          List<GateRow> rows) {
    }

    public static Content content(CheckOutcome outcome) {
        return new Content(SCHEMA_VERSION, outcome.gatedRows(), ErrorBudget.FAIL_RATE, ErrorBudget.WARN_RATE,
                outcome.baselineSessions(), outcome.contendedForks(), outcome.rerunForks(), outcome.notComparedWhy(),
                outcome.results().settings().slowdown(), outcome.rows());
    }

    public static byte[] toBytes(CheckOutcome outcome) {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(content(outcome));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise check results: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(Path file, CheckOutcome outcome) throws IOException {
        AtomicFiles.write(file, toBytes(outcome));
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
