package io.decibench.plugin.results;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a Decibench JSON file, in the file's own terms: the field's JSON path and the kind of value it
 * needs, e.g. {@code "rows" must be an array, not a string} — never Jackson's Java type names
 * ({@code java.util.ArrayList<io.decibench...>}), which mean nothing to whoever edits the file.
 */
public final class JsonProblem {

    private JsonProblem() {
    }

    /** The problem, without the position (see {@link ResultsJson#position}). */
    public static String describe(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() != null) {
            return at(vie) + "is not valid: " + vie.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException ife) {
            return at(ife) + "must be " + kind(ife.getTargetType()) + ", not " + quoted(ife.getValue());
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            String found = found(mie);
            return at(mie) + "must be " + kind(mie.getTargetType()) + (found == null ? "" : ", not " + found);
        }
        return e.getOriginalMessage();
    }

    /** The JSON path of the value the error is about, e.g. {@code "rows[2].mode" }, or empty at the top. */
    static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String at(JsonMappingException e) {
        String path = path(e);
        return path.isEmpty() ? "the file " : "\"" + path + "\" ";
    }

    /** The kind of JSON value a Java type is read from. */
    static String kind(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", List.of(type.getEnumConstants()).stream()
                    .map(c -> "\"" + c + "\"").toList());
        }
        if (type == Instant.class || Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 UTC instant string such as \"2026-11-26T22:00:00Z\"";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "another kind of value";
    }

    private static String found(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        JsonToken token = parser.currentToken();
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_ARRAY, END_ARRAY -> "an array";
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case VALUE_STRING -> "the string " + quoted(text(parser));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + text(parser);
            case VALUE_TRUE, VALUE_FALSE -> token == JsonToken.VALUE_TRUE ? "true" : "false";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    private static String text(JsonParser parser) {
        try {
            return parser.getText();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String quoted(Object value) {
        if (value == null) {
            return "null";
        }
        String s = String.valueOf(value);
        if (s.length() > 40) {
            s = s.substring(0, 37) + "...";
        }
        return value instanceof String ? "\"" + s + "\"" : s;
    }
}
