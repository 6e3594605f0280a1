package io.decibench.plugin.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;

/**
 * One plain, unmeasured backtest per scenario x mode through {@code io.decibench.kernel.cli.Main run} on the fork
 * classpath; {@link ExactnessComparison} compares them per scenario. It runs out of process so it sees exactly the
 * kernels and native library the forks saw.
 */
public final class ExactnessProbe {

    /** Exactness runs at once, at most (and never more than the machine's cores). */
    static final int PARALLEL = 2;

    private final ForkCommand command;
    private final ForkProcess process;
    private final Path forksDir;
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public ExactnessProbe(ForkCommand command, ForkProcess process, Path forksDir) {
        this.command = command;
        this.process = process;
        this.forksDir = forksDir;
    }

    public List<ProbeRun> probe(List<String> scenarios, List<String> modes) {
        return probe(scenarios, modes, (scenario, mode) -> true);
    }

    /**
     * One run per scenario x mode, returned in that order, skipping the modes a scenario does not implement. Nothing
     * is measured any more when the probe runs, so its runs share the machine's cores (at most {@link #PARALLEL} at
     * once); a failure is reported for the first failing run in that order, and the runs still going are stopped.
     */
    public List<ProbeRun> probe(List<String> scenarios, List<String> modes, BiPredicate<String, String> supported) {
        List<Callable<ProbeRun>> runs = new ArrayList<>();
        for (String scenario : scenarios) {
            for (String mode : modes.stream().filter(m -> supported.test(scenario, m)).toList()) {
                runs.add(() -> run(scenario, mode));
            }
        }
        int threads = Math.max(1, Math.min(PARALLEL, Math.min(runs.size(),
                Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "decibench-exactness");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ProbeRun>> pending = runs.stream().map(pool::submit).toList();
            List<ProbeRun> out = new ArrayList<>(pending.size());
            for (Future<ProbeRun> f : pending) {
                out.add(await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private ProbeRun run(String scenario, String mode) {
        Path logFile = forksDir.resolve("exactness-" + scenario + "-" + mode + ".log");
        String what = "exactness run (" + scenario + " / " + mode + ")";
        String output;
        try {
            output = process.run(what, command.cliRun(scenario, mode), logFile);
        } catch (ForkFailedException e) {
            throw ForkDiagnosis.explain("The " + what, e, logFile);
        }
        return parse(output, logFile.toString(), scenario, mode);
    }

    private static ProbeRun await(Future<ProbeRun> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForkFailedException("The exactness runs were interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
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
                sessionValues.add(decimal(v));
            }
            return new ProbeRun(scenario, mode, decimal(value), hash, sessionValues, count(node.get("trades")),
                    count(node.get("sharesFilled")), node.hasNonNull("commissions") ? decimal(node.get("commissions"))
                    : null, decisions(node.get("decisions"), scenario, mode, source));
        } catch (IOException | NumberFormatException e) {
            throw new ForkFailedException("The " + scenario + " / " + mode + " exactness run printed malformed JSON"
                    + " (" + e.getMessage() + "); see " + source, e);
        }
    }

    private static BigDecimal decimal(JsonNode v) {
        return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
    }

    private static Long count(JsonNode v) {
        return v == null || !v.isIntegralNumber() ? null : v.longValue();
    }

    /**
     * The {@code "decisions": [[asset, bar, target], ...]} trace; null when absent or null (a kernel or a user
     * scenario that records none).
     */
    private static List<Decision> decisions(JsonNode node, String scenario, String mode, String source) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new ForkFailedException("The " + scenario + " / " + mode + " exactness run printed \"decisions\" that"
                    + " are not an array of [asset, bar, target]; see " + source);
        }
        List<Decision> out = new ArrayList<>(node.size());
        for (JsonNode t : node) {
            if (!t.isArray() || t.size() != 3 || !t.get(0).isIntegralNumber() || !t.get(1).isIntegralNumber()
                    || !t.get(2).isIntegralNumber()) {
                throw new ForkFailedException("The " + scenario + " / " + mode + " exactness run printed a decision "
                        + t + " that is not [asset, bar, target]; see " + source);
            }
            out.add(new Decision(t.get(0).intValue(), t.get(1).intValue(), t.get(2).longValue()));
        }
        return out;
    }
}
