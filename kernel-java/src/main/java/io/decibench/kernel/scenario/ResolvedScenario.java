package io.decibench.kernel.scenario;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.ModeSpecificScenario;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A scenario ready to run: a built-in one, a user's column-API {@link Scenario} (every mode) or a user's
 * {@link ModeSpecificScenario} (only its own modes), under the name and bundle it is configured with. A user's
 * scenario is guarded: whatever its code throws while preparing or running becomes a {@link ScenarioException} that
 * names the scenario, its class and the mode.
 */
public final class ResolvedScenario {
    private final String name;
    private final String bundle;
    private final String className;
    private final Scenario columns;
    private final ModeSpecificScenario own;
    private final List<String> modes;

    private ResolvedScenario(String name, String bundle, String className, Scenario columns,
                             ModeSpecificScenario own, List<String> modes) {
        this.name = name;
        this.bundle = bundle;
        this.className = className;
        this.columns = columns;
        this.own = own;
        this.modes = List.copyOf(modes);
    }

    static ResolvedScenario builtIn(Scenario scenario, String bundle) {
        Scenario s = bundle.equals(scenario.bundle()) ? scenario
                : new ConfiguredScenario(scenario.name(), bundle, scenario.rule());
        return new ResolvedScenario(scenario.name(), bundle, null, s, null, Modes.ALL);
    }

    static ResolvedScenario columns(String name, String bundle, String className, Scenario scenario) {
        return new ResolvedScenario(name, bundle, className, scenario, null, Modes.ALL);
    }

    static ResolvedScenario modeSpecific(String name, String bundle, String className, ModeSpecificScenario scenario,
                                         List<String> modes) {
        return new ResolvedScenario(name, bundle, className, null, scenario, modes);
    }

    public String name() {
        return name;
    }

    public String bundle() {
        return bundle;
    }

    /** The user's class, empty for a built-in scenario. */
    public Optional<String> className() {
        return Optional.ofNullable(className);
    }

    /** The modes this scenario runs in, in canonical order; the others are "n/a" for it. */
    public List<String> modes() {
        return modes;
    }

    /** A column-API scenario runs in whatever mode a kernel provides; a mode-specific one only in its own. */
    public boolean supports(String mode) {
        return columns != null || modes.contains(mode);
    }

    /** The column-API form, when the scenario has one (built-in and column scenarios). */
    public Optional<Scenario> columnScenario() {
        return Optional.ofNullable(columns);
    }

    /**
     * Prepares a backtest of this scenario in {@code mode} on {@code bundle}.
     *
     * @throws ScenarioException     when the scenario does not implement the mode or the user's code fails
     * @throws IllegalStateException when the mode's kernel is missing or unavailable (message says how to fix it)
     */
    public Backtest prepare(String mode, Bundle bundle, ExecutionRules rules, Kernels kernels) {
        if (!supports(mode)) {
            throw new ScenarioException("Scenario '" + name + "' (class " + className + ") does not implement mode "
                    + mode + "; it implements " + String.join(", ", modes) + ", so Decibench reports " + mode
                    + " as n/a for it. Fix: select its modes (e.g. -Ddecibench.modes=" + String.join(",", modes)
                    + ") or implement " + mode + " in its modes() and prepare().");
        }
        if (className == null) {
            return kernels.require(mode).prepare(bundle, columns, rules);
        }
        Backtest backtest;
        if (columns != null) {
            BacktestKernel kernel = kernels.require(mode);
            backtest = guarded(mode, "preparing", () -> kernel.prepare(bundle, columns, rules));
        } else {
            backtest = guarded(mode, "preparing", () -> own.prepare(mode, bundle, rules));
        }
        if (backtest == null) {
            throw new ScenarioException(where(mode) + " returned no Backtest from prepare(). Fix: return a Backtest"
                    + " whose run() computes the result.");
        }
        return new GuardedBacktest(mode, backtest);
    }

    /** A user's backtest, with every failure and every incomplete result reported against its scenario and mode. */
    private final class GuardedBacktest implements Backtest {
        private final String mode;
        private final Backtest delegate;

        GuardedBacktest(String mode, Backtest delegate) {
            this.mode = mode;
            this.delegate = delegate;
        }

        @Override
        public BacktestResult run() {
            return checked(guarded(mode, "running", delegate::run));
        }

        @Override
        public BacktestResult runRecordingDecisions() {
            return checked(guarded(mode, "running", delegate::runRecordingDecisions));
        }

        private BacktestResult checked(BacktestResult r) {
            if (r == null || r.finalValue() == null || r.sessionValues() == null) {
                throw new ScenarioException(where(mode) + " returned " + (r == null ? "no result" : "a result without "
                        + (r.finalValue() == null ? "finalValue" : "sessionValues")) + " from Backtest.run(). Fix:"
                        + " return a BacktestResult with the final portfolio value and the session values.");
            }
            if (name.equals(r.scenario()) && mode.equals(r.mode())) {
                return r;
            }
            // Results are filed under the configured name and the mode that ran, whatever the class calls itself.
            return r.as(name, mode);
        }
    }

    private <T> T guarded(String mode, String doing, Supplier<T> step) {
        try {
            return step.get();
        } catch (ScenarioException e) {
            throw e;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw failure(mode, doing, e);
        }
    }

    private ScenarioException failure(String mode, String doing, Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String at = trace.length == 0 ? "" : " at " + trace[0];
        return new ScenarioException(where(mode) + " failed while " + doing + " on bundle '" + bundle + "': "
                + e + at + ". Fix: correct the scenario's code (the stack trace in the log shows where); check it with"
                + " mvn decibench:benchmark -Ddecibench.scenarios=" + name + " -Ddecibench.modes=" + mode + ".", e);
    }

    private String where(String mode) {
        return "Scenario '" + name + "' (class " + className + ") in mode " + mode;
    }

    @Override
    public String toString() {
        return name + " on " + bundle + (className == null ? "" : " (" + className + ")") + ", modes "
                + String.join(",", modes);
    }
}
