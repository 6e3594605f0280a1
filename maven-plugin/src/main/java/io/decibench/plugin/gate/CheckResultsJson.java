package io.decibench.plugin.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes check-results.json (schema version 1): what the rows were judged under (the error budget, contention, an
 * injected slowdown) and one object per gate row under {@code rows}.
 */
public final class CheckResultsJson {

    /** The file name under the results directory. */
    public static final String FILE_NAME = "check-results.json";

    /** The schema version this code writes. */
    public static final int SCHEMA_VERSION = 1;

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
            return ResultsJson.newMapper().writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(content(outcome));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise check results: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(Path file, CheckOutcome outcome) throws IOException {
        AtomicFiles.write(file, toBytes(outcome));
    }
}
