package io.decibench.kernel.bench;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleException;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Scenario;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workload of a profiling JVM ({@code decibench:profile}): prepares one scenario x mode once and runs the backtest
 * over and over on the main thread for a given time, while the flight recorder started on the command line samples it.
 * {@code --dir D --scenario S --mode M --seconds N}.
 */
public final class ProfileLoop {
    static final int USAGE = 2;
    static final int FAILURE = 1;

    private ProfileLoop() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the loop; returns the process exit code (0, {@link #FAILURE} or {@link #USAGE}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : List.of("dir", "scenario", "mode", "seconds")) {
            if (!options.containsKey(required)) {
                err.println("decibench profile loop: missing --" + required
                        + "; usage: --dir <bundle directory> --scenario <name> --mode <mode> --seconds <n>");
                return USAGE;
            }
        }
        Scenario scenario = BuiltinScenarios.byName(options.get("scenario")).orElse(null);
        if (scenario == null) {
            err.println("decibench profile loop: unknown scenario '" + options.get("scenario") + "'; valid scenarios: "
                    + String.join(", ", BuiltinScenarios.names()));
            return USAGE;
        }
        Duration length;
        try {
            length = Duration.ofMillis(Math.round(Double.parseDouble(options.get("seconds")) * 1000));
        } catch (NumberFormatException e) {
            err.println("decibench profile loop: --seconds must be a number, was '" + options.get("seconds") + "'");
            return USAGE;
        }
        try {
            Bundle bundle = new BundleStore(Path.of(options.get("dir"))).open(scenario.bundle());
            Backtest backtest = Kernels.load().require(options.get("mode"))
                    .prepare(bundle, scenario, ExecutionRules.DEFAULT);
            long start = System.nanoTime();
            long end = start + length.toNanos();
            long runs = 0;
            BacktestResult last;
            do {
                last = backtest.run();
                runs++;
            } while (System.nanoTime() < end);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("profile loop: %s / %s: %d backtests in %.1f s, final value %s%n", scenario.name(),
                    options.get("mode"), runs, seconds, last.finalValue().toPlainString());
            return 0;
        } catch (BundleException | IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            err.println("decibench profile loop: " + e.getMessage());
            return FAILURE;
        }
    }
}
