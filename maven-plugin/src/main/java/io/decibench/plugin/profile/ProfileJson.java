package io.decibench.plugin.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.decibench.plugin.results.JsonProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes {@code profile.json} and {@code compare.json} (formats documented in the site's profiling page). */
public final class ProfileJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ProfileJson() {
    }

    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads a profile set.
     *
     * @throws ProfileException naming the file (and the line and column of a syntax error) and how to recreate it
     */
    public static ProfileSet readSet(Path file) {
        ProfileSet set = read(file, ProfileSet.class);
        if (set.schemaVersion() != ProfileSet.SCHEMA_VERSION) {
            throw new ProfileException(file + " has schemaVersion " + set.schemaVersion() + ", this plugin reads "
                    + ProfileSet.SCHEMA_VERSION + ". Re-run mvn decibench:profile -Ddecibench.label=" + set.label()
                    + " to record it again.");
        }
        return set;
    }

    public static ProfileComparison readComparison(Path file) {
        return read(file, ProfileComparison.class);
    }

    static <T> T read(Path file, Class<T> type) {
        try {
            return MAPPER.readValue(Files.readAllBytes(file), type);
        } catch (NoSuchFileException e) {
            throw new ProfileException("No file at " + file + ".", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ProfileException("Malformed " + file.getFileName() + " (" + file + ")" + where + ": "
                    + JsonProblem.describe(e) + ". Re-run mvn decibench:profile for that label to write it again.", e);
        } catch (IOException e) {
            throw new ProfileException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
