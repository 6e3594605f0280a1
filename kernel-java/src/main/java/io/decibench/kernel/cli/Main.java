package io.decibench.kernel.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleException;
import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.EnsureOutcome;
import io.decibench.kernel.bundle.Presets;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.scenario.ResolvedScenario;
import io.decibench.kernel.scenario.ScenarioException;
import io.decibench.kernel.scenario.ScenarioRegistry;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Command line of the Java kernel, for generating preset bundles and running one backtest outside Maven and JMH:
 * {@code bundle --dir D --name N} and {@code run --dir D --scenario S --mode M}.
 */
public final class Main {
    /** Exit code for bad arguments. */
    public static final int USAGE = 2;
    /** Exit code for a failure (missing bundle, unavailable mode, ...). */
    public static final int FAILURE = 1;

    static final String USAGE_TEXT = """
            Usage:
              decibench bundle --dir <bundle directory> --name <preset>
                  generate a preset bundle (prints GENERATED, REGENERATED or UP_TO_DATE); presets: %s
              decibench run --dir <bundle directory> --scenario <scenario> --mode <mode>
                            [--scenario-class <class>] [--bundle <bundle>]
                  run one backtest and print its result (with every session-close value and every change of a
                  standing target as [asset, bar, target]) as JSON; scenarios: %s, or a custom one given by its
                  class (on the classpath) and optionally the bundle it runs on; modes: %s"""
            .formatted(String.join(", ", Presets.names()), String.join(", ", BuiltinScenarios.names()),
                    String.join(", ", Modes.ALL));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the process exit code (0, {@link #FAILURE} or {@link #USAGE}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Kernels::load);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the kernels to choose from (tests pass their own). */
    static int run(String[] args, PrintStream out, PrintStream err, Supplier<Kernels> kernels) {
        if (args.length == 0) {
            return usage(err, "no command given");
        }
        Map<String, String> options;
        try {
            options = options(List.of(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        try {
            return switch (args[0]) {
                case "bundle" -> bundle(options, out, err);
                case "run" -> backtest(options, out, err, kernels.get());
                case "help", "--help", "-h" -> {
                    out.println(USAGE_TEXT);
                    yield 0;
                }
                default -> usage(err, "unknown command '" + args[0] + "'");
            };
        } catch (BundleException | ScenarioException | IllegalArgumentException | IllegalStateException
                 | ArithmeticException e) {
            err.println("decibench: " + e.getMessage());
            return FAILURE;
        }
    }

    private static int bundle(Map<String, String> options, PrintStream out, PrintStream err) {
        String missing = missing(options, "dir", "name");
        if (missing != null) {
            return usage(err, missing);
        }
        String name = options.get("name");
        BundleSpec spec = Presets.byName(name).orElse(null);
        if (spec == null) {
            return usage(err, "unknown preset '" + name + "'; valid presets: " + String.join(", ", Presets.names()));
        }
        EnsureOutcome outcome = new BundleStore(Path.of(options.get("dir"))).ensure(spec);
        out.println(outcome);
        return 0;
    }

    private static int backtest(Map<String, String> options, PrintStream out, PrintStream err, Kernels kernels) {
        String missing = missing(options, "dir", "scenario", "mode");
        if (missing != null) {
            return usage(err, missing);
        }
        String scenarioName = options.get("scenario");
        String scenarioClass = options.getOrDefault("scenario-class", "");
        if (scenarioClass.isBlank() && BuiltinScenarios.byName(scenarioName).isEmpty()) {
            return usage(err, "unknown scenario '" + scenarioName + "'; valid scenarios: "
                    + String.join(", ", BuiltinScenarios.names()));
        }
        BacktestKernel kernel;
        try {
            kernel = kernels.require(options.get("mode"));
        } catch (IllegalArgumentException unknownMode) {
            return usage(err, unknownMode.getMessage());
        }
        ResolvedScenario scenario = new ScenarioRegistry(Thread.currentThread().getContextClassLoader())
                .resolve(scenarioName, scenarioClass, options.getOrDefault("bundle", ""));
        BundleStore store = new BundleStore(Path.of(options.get("dir")));
        if (!Files.isDirectory(store.folder(scenario.bundle()))) {
            err.println("decibench: bundle '" + scenario.bundle() + "' of scenario '" + scenario.name()
                    + "' not found in " + store.dir() + ". Fix: " + (Presets.byName(scenario.bundle()).isPresent()
                    ? "decibench bundle --dir " + options.get("dir") + " --name " + scenario.bundle()
                    : "declare it in the plugin's <bundles> configuration and run mvn decibench:setup-bundles"));
            return FAILURE;
        }
        Bundle bundle = store.open(scenario.bundle());
        // not a measurement: the run also records every target change, for the exactness probe
        BacktestResult result = scenario.prepare(kernel.mode(), bundle, ExecutionRules.DEFAULT, kernels)
                .runRecordingDecisions();
        try {
            Map<String, Object> fields = new LinkedHashMap<>(result.fields());
            // Every session close, so whoever debugs a ledger (and the plugin's exactness probe) can diff them.
            List<BigDecimal> sessionValues = new ArrayList<>(result.sessionValues().size());
            for (int i = 0; i < result.sessionValues().size(); i++) {
                sessionValues.add(result.sessionValues().get(i));
            }
            fields.put("sessionValues", sessionValues);
            // [asset, bar, target] per change of a standing target; null when the scenario's own code records none
            fields.put("decisions", result.decisions() == null ? null : result.decisions().stream()
                    .map(d -> List.of(d.asset(), d.bar(), d.target())).toList());
            out.println(JSON.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result as JSON: " + e.getOriginalMessage(), e);
        }
        return 0;
    }

    /** Parses {@code --key value} pairs. */
    private static Map<String, String> options(List<String> args) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String key = args.get(i);
            if (!key.startsWith("--") || key.length() == 2) {
                throw new IllegalArgumentException("expected an option like --dir, got '" + key + "'");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("option " + key + " needs a value");
            }
            map.put(key.substring(2), args.get(i + 1));
        }
        return map;
    }

    private static String missing(Map<String, String> options, String... required) {
        for (String key : required) {
            if (!options.containsKey(key)) {
                return "missing option --" + key;
            }
        }
        return null;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("decibench: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
