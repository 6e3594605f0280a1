package io.decibench.kernel.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads and writes {@code manifest.json} with Jackson, and tells how two manifests differ. */
final class ManifestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private ManifestJson() {
    }

    static byte[] toBytes(BundleManifest manifest) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(manifest);
            byte[] out = Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise manifest of " + manifest.name(), e);
        }
    }

    /** Reads a manifest; a missing or malformed file is a defect naming the file (and line/column when malformed). */
    static BundleManifest read(Path file) throws BundleDefect {
        try {
            BundleManifest m = MAPPER.readValue(file.toFile(), BundleManifest.class);
            if (m.files() == null || m.symbols() == null || m.name() == null || m.frequency() == null
                    || m.firstSession() == null || m.lastSession() == null) {
                throw new BundleDefect("Malformed manifest " + file + ": a required field (name, frequency, "
                        + "firstSession, lastSession, symbols, files) is missing", file);
            }
            return m;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new BundleDefect("Malformed manifest " + file + where + ": " + e.getOriginalMessage(), file, e);
        } catch (IOException e) {
            if (!Files.exists(file) || e instanceof NoSuchFileException) {
                throw new BundleDefect("Missing manifest " + file, file, e);
            }
            throw new BundleDefect("Cannot read manifest " + file + ": " + e.getMessage(), file, e);
        }
    }

    /** The fields (other than files) in which {@code actual} differs from {@code expected}, as readable lines. */
    static List<String> differences(BundleManifest actual, BundleManifest expected) {
        ObjectNode a = MAPPER.valueToTree(actual);
        ObjectNode e = MAPPER.valueToTree(expected);
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            var field = it.next();
            if (field.getKey().equals("files")) {
                continue;
            }
            var have = a.get(field.getKey());
            if (!field.getValue().equals(have)) {
                out.add(field.getKey() + " is " + abbreviate(have) + ", expected " + abbreviate(field.getValue()));
            }
        }
        return out;
    }

    private static String abbreviate(Object node) {
        String s = String.valueOf(node);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
