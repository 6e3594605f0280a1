package io.decibench.plugin.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ForkVm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON JMH writes with {@code -rf json} for one single-fork run into a {@link ForkSample}: the measured
 * iterations ({@code primaryMetric.rawData[0]}), their unit, {@code gc.alloc.rate.norm} and JMH's record of the fork's
 * JVM ({@code jvmArgs}, {@code jdkVersion}, {@code vmName}, {@code vmVersion}). JMH writes non-finite
 * numbers as the strings {@code "NaN"}, {@code "+INF"}, {@code "-INF"}.
 */
public final class JmhJsonParser {

    static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private final ObjectMapper mapper = new ObjectMapper();

    public ForkSample parse(Path file, ScheduledFork fork) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new ForkFailedException("JMH wrote no result file " + file + " for " + describe(fork)
                    + ": " + e.getMessage(), e);
        }
        return parse(json, file.toString(), fork);
    }

    /**
     * @param source where the JSON came from, for error messages
     * @throws ForkFailedException when the JSON is not a single-fork result of {@code fork}'s scenario and mode
     */
    public ForkSample parse(String json, String source, ScheduledFork fork) {
        try {
            return parseTree(json, source, fork);
        } catch (IllegalArgumentException e) {
            throw malformed(source, e.getMessage());
        }
    }

    private ForkSample parseTree(String json, String source, ScheduledFork fork) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ForkFailedException("JMH result " + source + " is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray() || root.size() != 1) {
            throw malformed(source, "expected an array with exactly one benchmark result");
        }
        JsonNode result = root.get(0);
        JsonNode params = result.path("params");
        if (!fork.scenario().equals(params.path("scenario").asText())
                || !fork.mode().equals(params.path("mode").asText())) {
            throw malformed(source, "it is for scenario '" + params.path("scenario").asText() + "' / mode '"
                    + params.path("mode").asText() + "', expected " + describe(fork));
        }
        JsonNode primary = result.path("primaryMetric");
        String unit = primary.path("scoreUnit").asText("");
        JsonNode rawData = primary.path("rawData");
        if (unit.isEmpty() || !rawData.isArray() || rawData.size() != 1 || !rawData.get(0).isArray()
                || rawData.get(0).isEmpty()) {
            throw malformed(source, "primaryMetric needs a scoreUnit and rawData with one fork of iterations");
        }
        List<Double> iterations = new ArrayList<>();
        for (JsonNode v : rawData.get(0)) {
            double d = number(v);
            if (!Double.isFinite(d)) {
                throw malformed(source, "a measured iteration is " + v.asText()
                        + "; the benchmark produced no usable time");
            }
            iterations.add(d);
        }
        JsonNode alloc = result.path("secondaryMetrics").path(ALLOC_NORM).path("score");
        double allocBytesPerOp = alloc.isMissingNode() ? Double.NaN : number(alloc);
        return new ForkSample(fork.scenario(), fork.mode(), fork.round(), fork.position(), unit, iterations,
                allocBytesPerOp, vm(result));
    }

    /** JMH's record of the fork's JVM: the options it was started with (its "# VM options") and its version. */
    private static ForkVm vm(JsonNode result) {
        List<String> args = new ArrayList<>();
        result.path("jvmArgs").forEach(a -> args.add(a.asText()));
        return new ForkVm(args, text(result, "jdkVersion"), text(result, "vmName"), text(result, "vmVersion"), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** A JSON number, or one of JMH's strings for non-finite values. */
    static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return switch (node.asText()) {
            case "NaN" -> Double.NaN;
            case "+INF", "Infinity", "INF" -> Double.POSITIVE_INFINITY;
            case "-INF", "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw new IllegalArgumentException("not a JMH number: " + node);
        };
    }

    private static ForkFailedException malformed(String source, String why) {
        return new ForkFailedException("JMH result " + source + " is unusable: " + why + ".");
    }

    private static String describe(ScheduledFork fork) {
        return fork.scenario() + " / " + fork.mode();
    }
}
