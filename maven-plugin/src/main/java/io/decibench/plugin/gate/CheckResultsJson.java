package io.decibench.plugin.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes check-results.json: a JSON array with one object per gate row. */
public final class CheckResultsJson {

    /** The file name under the results directory. */
    public static final String FILE_NAME = "check-results.json";

    private CheckResultsJson() {
    }

    public static byte[] toBytes(List<GateRow> rows) {
        try {
            return ResultsJson.newMapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise check results: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(Path file, List<GateRow> rows) throws IOException {
        AtomicFiles.write(file, toBytes(rows));
    }
}
