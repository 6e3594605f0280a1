package io.decibench.kernel.bench;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleException;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.scenario.ResolvedScenario;
import io.decibench.kernel.scenario.ScenarioException;
import io.decibench.kernel.scenario.ScenarioRegistry;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;

import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workload of a profiling JVM ({@code decibench:profile}): prepares one scenario x mode once, runs the backtest
 * over and over on the main thread for a warm-up, then for the measured seconds inside a {@link Window} event, so the
 * reader of the recording (started with {@code -XX:StartFlightRecording}) keeps only the warmed-up window.
 * {@code --dir D --scenario S --mode M --warmup W --seconds N}.
 */
public final class ProfileLoop {
    /** The JFR event name of {@link Window}. */
    public static final String WINDOW_EVENT = "io.decibench.ProfileWindow";

    /**
     * Spans the measured part of the loop. Under load a JVM can take seconds to start and open a bundle, so a window
     * measured from the loop itself is the only reliable way to leave start-up and JIT warm-up out of a profile.
     */
    @Name(WINDOW_EVENT)
    @Label("Decibench profile window")
    @Description("The warmed-up part of a Decibench profiling loop: the samples that count")
    @StackTrace(false)
    static final class Window extends Event {
        @Label("Backtests")
        long backtests;
    }

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
                err.println("decibench profile loop: missing --" + required + "; usage: --dir <bundle directory>"
                        + " --scenario <name> [--scenario-class <class> --bundle <bundle>] --mode <mode>"
                        + " [--warmup <seconds>] --seconds <seconds>");
                return USAGE;
            }
        }
        String scenarioClass = options.getOrDefault("scenario-class", "");
        if (scenarioClass.isBlank() && BuiltinScenarios.byName(options.get("scenario")).isEmpty()) {
            err.println("decibench profile loop: unknown scenario '" + options.get("scenario") + "'; valid scenarios: "
                    + String.join(", ", BuiltinScenarios.names()));
            return USAGE;
        }
        Duration warmup;
        Duration length;
        try {
            warmup = seconds(options.getOrDefault("warmup", "0"));
            length = seconds(options.get("seconds"));
        } catch (NumberFormatException e) {
            err.println("decibench profile loop: --warmup and --seconds must be numbers of seconds, were '"
                    + options.get("warmup") + "' and '" + options.get("seconds") + "'");
            return USAGE;
        }
        try {
            ResolvedScenario scenario = new ScenarioRegistry(Thread.currentThread().getContextClassLoader())
                    .resolve(options.get("scenario"), scenarioClass, options.getOrDefault("bundle", ""));
            Bundle bundle = new BundleStore(Path.of(options.get("dir"))).open(scenario.bundle());
            Backtest backtest = scenario.prepare(options.get("mode"), bundle, ExecutionRules.DEFAULT, Kernels.load());
            loop(backtest, warmup);
            Window window = new Window();
            window.begin();
            long start = System.nanoTime();
            BacktestResult last;
            long runs = 0;
            do {
                last = backtest.run();
                runs++;
            } while (System.nanoTime() - start < length.toNanos());
            window.end();
            window.backtests = runs;
            window.commit();
            double secondsRun = (System.nanoTime() - start) / 1e9;
            out.printf("profile loop: %s / %s: %d backtests in %.1f s after %d s of warm-up, final value %s%n",
                    scenario.name(), options.get("mode"), runs, secondsRun, warmup.toSeconds(),
                    last.finalValue().toPlainString());
            return 0;
        } catch (BundleException | ScenarioException | IllegalArgumentException | IllegalStateException
                 | ArithmeticException e) {
            err.println("decibench profile loop: " + e.getMessage());
            return FAILURE;
        }
    }

    private static void loop(Backtest backtest, Duration length) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < length.toNanos()) {
            backtest.run();
        }
    }

    private static Duration seconds(String text) {
        double s = Double.parseDouble(text);
        if (!(s >= 0) || Double.isInfinite(s)) {
            throw new NumberFormatException(text);
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
