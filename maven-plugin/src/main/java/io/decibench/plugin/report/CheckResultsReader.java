package io.decibench.plugin.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.decibench.plugin.gate.CheckResultsJson;
import io.decibench.plugin.results.JsonProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of check-results.json written by the {@code check} goal. It reads the published file contract
 * only (one object per row), so the report does not depend on the gate's internals.
 */
public final class CheckResultsReader {

    /** The file name of the check results inside the results directory. */
    public static final String FILE_NAME = CheckResultsJson.FILE_NAME;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CheckResultsReader() {
    }

    /**
     * The rows of {@code file}: a JSON array of row objects, or an object holding them under {@code rows}.
     *
     * @throws ReportInputException when the file cannot be read or parsed; the message names file and position
     */
    public static List<RegressionRow> read(Path file) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ReportInputException("Malformed check results " + file + where + ": "
                    + JsonProblem.describe(e) + ". Re-create them with `mvn verify` (the check goal).", e);
        } catch (IOException e) {
            throw new ReportInputException("Cannot read check results " + file + ": " + e.getMessage(), e);
        }
        JsonNode rows = tree != null && tree.isObject() ? tree.get("rows") : tree;
        if (rows == null || !rows.isArray()) {
            throw new ReportInputException("Malformed check results " + file
                    + ": expected an array of row objects. Re-create them with `mvn verify` (the check goal).", null);
        }
        List<RegressionRow> result = new ArrayList<>();
        for (JsonNode row : rows) {
            result.add(new RegressionRow(text(row, "scenario"), text(row, "mode"), text(row, "metric"),
                    number(row, "baseline"), number(row, "current"), number(row, "change"),
                    number(row, "changeCiLow"), number(row, "changeCiHigh"), verdict(row), text(row, "unit"),
                    text(row, "note")));
        }
        return result;
    }

    /** The verdict as users read it: NOT_COMPARED and NOT-COMPARED are the same verdict. */
    private static String verdict(JsonNode row) {
        String v = text(row, "verdict");
        return v == null ? null : v.replace('_', '-');
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A JSON number, or null for null, a missing field or a non-finite marker string ("NaN"). */
    private static Double number(JsonNode row, String field) {
        JsonNode v = row.get(field);
        if (v == null || !v.isNumber()) {
            return null;
        }
        double d = v.doubleValue();
        return Double.isFinite(d) ? d : null;
    }
}
