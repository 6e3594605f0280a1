package io.decibench.plugin.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One plain, unmeasured backtest per scenario x mode through {@code io.decibench.kernel.cli.Main run} on the fork
 * classpath, compared per scenario into {@link ScenarioExactness} rows. It runs out of process so it sees exactly
 * the kernels and native library the forks saw.
 */
public final class ExactnessProbe {

    private final ForkCommand command;
    private final ForkProcess process;
    private final Path forksDir;
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public ExactnessProbe(ForkCommand command, ForkProcess process, Path forksDir) {
        this.command = command;
        this.process = process;
        this.forksDir = forksDir;
    }

    public List<ScenarioExactness> probe(List<String> scenarios, List<String> modes) {
        return probe(scenarios, modes, (scenario, mode) -> true);
    }

    /** As {@link #probe(List, List)}, skipping the modes a scenario does not implement. */
    public List<ScenarioExactness> probe(List<String> scenarios, List<String> modes,
                                         BiPredicate<String, String> supported) {
        List<ScenarioExactness> rows = new ArrayList<>();
        for (String scenario : scenarios) {
            List<ProbeRun> runs = new ArrayList<>();
            for (String mode : modes.stream().filter(m -> supported.test(scenario, m)).toList()) {
                Path logFile = forksDir.resolve("exactness-" + scenario + "-" + mode + ".log");
                String what = "exactness run (" + scenario + " / " + mode + ")";
                String output;
                try {
                    output = process.run(what, command.cliRun(scenario, mode), logFile);
                } catch (ForkFailedException e) {
                    throw ForkDiagnosis.explain("The " + what, e, logFile);
                }
                runs.add(parse(output, logFile.toString(), scenario, mode));
            }
            rows.add(ScenarioExactness.of(scenario, runs));
        }
        return rows;
    }

    /** Reads the JSON object the CLI prints; JVM or JNA warnings around it are ignored. */
    ProbeRun parse(String output, String source, String scenario, String mode) {
        int start = output.indexOf('{');
        int end = output.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new ForkFailedException("The " + scenario + " / " + mode + " exactness run printed no JSON result;"
                    + " see " + source);
        }
        try {
            JsonNode node = mapper.readTree(output.substring(start, end + 1));
            JsonNode value = node.path("finalValue");
            String hash = node.path("sessionValuesSha256").asText("");
            if (!value.isNumber() && !value.isTextual() || hash.isEmpty()) {
                throw new ForkFailedException("The " + scenario + " / " + mode + " exactness run printed no"
                        + " finalValue or sessionValuesSha256; see " + source);
            }
            List<BigDecimal> sessionValues = new ArrayList<>();
            for (JsonNode v : node.path("sessionValues")) {
                sessionValues.add(v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText()));
            }
            return new ProbeRun(scenario, mode,
                    value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText()), hash, sessionValues);
        } catch (IOException | NumberFormatException e) {
            throw new ForkFailedException("The " + scenario + " / " + mode + " exactness run printed malformed JSON"
                    + " (" + e.getMessage() + "); see " + source, e);
        }
    }
}
