package io.decibench.kernel.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@code manifest.json} with Jackson, and tells how two manifests differ. Reading uses Jackson's
 * streaming parser rather than its object mapper: every measured fork opens its bundle, and on a cold JVM the mapper's
 * start-up costs about 0.25 s against 0.04 s for the parser (see the site's Verdicts page, "How a run is measured").
 */
final class ManifestJson {
    private static final JsonFactory STREAMING = new JsonFactory();
    private static final List<String> FIELDS = List.of("formatVersion", "name", "frequency", "calendar",
            "firstSession", "lastSession", "sessions", "barsPerSession", "earlyCloses", "assets", "symbols", "seed",
            "priceScale", "barsPerAsset", "barCount", "files");

    /** Writing and comparing only: loaded on first use, so that a fork that only reads never starts it. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private ManifestJson() {
    }

    static byte[] toBytes(BundleManifest manifest) {
        try {
            byte[] json = Mapper.MAPPER.writeValueAsBytes(manifest);
            byte[] out = Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise manifest of " + manifest.name(), e);
        }
    }

    /**
     * Reads a manifest; a missing or malformed file is a defect naming the file (and line/column when malformed).
     * Unknown fields are ignored; every field of {@link BundleManifest} is required, and a number must be a number.
     */
    static BundleManifest read(Path file) throws BundleDefect {
        try (JsonParser p = STREAMING.createParser(file.toFile())) {
            Map<String, Object> v = new HashMap<>();
            expect(p, p.nextToken() == JsonToken.START_OBJECT, "a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "name", "frequency", "calendar", "firstSession", "lastSession" -> v.put(field, text(p));
                    case "formatVersion", "sessions", "barsPerSession", "earlyCloses", "assets", "priceScale",
                            "barsPerAsset" -> v.put(field, intValue(p));
                    case "seed", "barCount" -> v.put(field, longValue(p));
                    case "symbols" -> v.put(field, symbols(p));
                    case "files" -> v.put(field, files(p));
                    default -> p.skipChildren();
                }
            }
            List<String> missing = FIELDS.stream().filter(f -> v.get(f) == null).toList();
            if (!missing.isEmpty()) {
                throw new BundleDefect("Malformed manifest " + file + ": the required field(s) "
                        + String.join(", ", missing) + " are missing or null", file);
            }
            @SuppressWarnings("unchecked")
            BundleManifest m = new BundleManifest((int) v.get("formatVersion"), (String) v.get("name"),
                    (String) v.get("frequency"), (String) v.get("calendar"), (String) v.get("firstSession"),
                    (String) v.get("lastSession"), (int) v.get("sessions"), (int) v.get("barsPerSession"),
                    (int) v.get("earlyCloses"), (int) v.get("assets"), (List<String>) v.get("symbols"),
                    (long) v.get("seed"), (int) v.get("priceScale"), (int) v.get("barsPerAsset"),
                    (long) v.get("barCount"), (Map<String, BundleManifest.FileEntry>) v.get("files"));
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

    private static void expect(JsonParser p, boolean ok, String what) throws IOException {
        if (!ok) {
            throw new JsonParseException(p, "expected " + what + (p.currentName() == null ? ""
                    : " for \"" + p.currentName() + "\"") + ", found " + p.currentToken());
        }
    }

    private static String text(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, p.currentToken() == JsonToken.VALUE_STRING, "a string");
        return p.getText();
    }

    private static void integer(JsonParser p) throws IOException {
        expect(p, p.currentToken() == JsonToken.VALUE_NUMBER_INT, "an integer");
    }

    private static int intValue(JsonParser p) throws IOException {
        integer(p);
        expect(p, p.getNumberType() == JsonParser.NumberType.INT, "an integer of at most " + Integer.MAX_VALUE);
        return p.getIntValue();
    }

    private static long longValue(JsonParser p) throws IOException {
        integer(p);
        expect(p, p.getNumberType() != JsonParser.NumberType.BIG_INTEGER, "an integer of at most " + Long.MAX_VALUE);
        return p.getLongValue();
    }

    private static List<String> symbols(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, p.currentToken() == JsonToken.START_ARRAY, "an array of strings");
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String s = text(p);
            expect(p, s != null, "a string");
            out.add(s);
        }
        return out;
    }

    private static Map<String, BundleManifest.FileEntry> files(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, p.currentToken() == JsonToken.START_OBJECT, "an object of column files");
        Map<String, BundleManifest.FileEntry> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            expect(p, p.nextToken() == JsonToken.START_OBJECT, "{\"bytes\": ..., \"sha256\": ...}");
            Long bytes = null;
            String sha256 = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "bytes" -> bytes = longValue(p);
                    case "sha256" -> sha256 = text(p);
                    default -> p.skipChildren();
                }
            }
            expect(p, bytes != null && sha256 != null, "both bytes and sha256 of " + name);
            out.put(name, new BundleManifest.FileEntry(bytes, sha256));
        }
        return out;
    }

    /** The fields (other than files) in which {@code actual} differs from {@code expected}, as readable lines. */
    static List<String> differences(BundleManifest actual, BundleManifest expected) {
        ObjectNode a = Mapper.MAPPER.valueToTree(actual);
        ObjectNode e = Mapper.MAPPER.valueToTree(expected);
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
