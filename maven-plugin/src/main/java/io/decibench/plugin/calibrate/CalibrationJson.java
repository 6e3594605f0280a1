package io.decibench.plugin.calibrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Path;

/** Writes calibration.json atomically. */
public final class CalibrationJson {

    /** The file name under the results directory. */
    public static final String FILE_NAME = "calibration.json";

    private CalibrationJson() {
    }

    public static byte[] toBytes(Calibration c) {
        try {
            return ResultsJson.newMapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the calibration: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(Path file, Calibration c) throws IOException {
        AtomicFiles.write(file, toBytes(c));
    }
}
