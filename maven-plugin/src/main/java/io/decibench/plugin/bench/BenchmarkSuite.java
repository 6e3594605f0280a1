package io.decibench.plugin.bench;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;
import io.decibench.plugin.config.ScenarioCatalog;
import io.decibench.plugin.results.ForkSample;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One benchmark run: checks bundles and mode availability before any work, runs the fork schedule (Williams order)
 * of the modes that can run under the contention guard, then the exactness probe.
 */
public final class BenchmarkSuite {

    private final BenchmarkRequest request;
    private final Kernels kernels;
    private final Consumer<String> info;
    private final Consumer<String> warn;

    public BenchmarkSuite(BenchmarkRequest request, Kernels kernels, Consumer<String> info, Consumer<String> warn) {
        this.request = request;
        this.kernels = kernels;
        this.info = info;
        this.warn = warn;
    }

    /**
     * @throws BenchmarkAbortedException when a bundle is missing or a required mode cannot run
     * @throws ForkFailedException       when a fork or probe run crashes or times out
     */
    public SuiteOutcome run() {
        return run(true);
    }

    /** The measured forks only, without the exactness probe (calibration sessions measure the gate, not exactness). */
    public SuiteOutcome measure() {
        return run(false);
    }

    private SuiteOutcome run(boolean probeExactness) {
        List<String> scenarios = request.selection().scenarios();
        ScenarioCatalog catalog = request.catalog();
        List<String> bundles = catalog.bundlesFor(scenarios).stream().map(BundleSpec::name).toList();
        List<String> missing = BundleCheck.missing(request.bundleDir(), bundles);
        if (!missing.isEmpty()) {
            throw new BenchmarkAbortedException(BundleCheck.message(request.bundleDir(), missing));
        }
        Map<String, String> unavailable = ModeAvailability.unavailable(request.selection().modes(), kernels);
        for (Map.Entry<String, String> e : unavailable.entrySet()) {
            boolean required = !Modes.DECIMAL_NATIVE.equals(e.getKey()) || request.requireNative();
            if (required) {
                throw new BenchmarkAbortedException("Mode " + e.getKey() + " cannot run: " + e.getValue()
                        + (Modes.DECIMAL_NATIVE.equals(e.getKey())
                        ? " (decibench.requireNative=true; set it to false to skip the mode instead)" : ""));
            }
            warn.accept("Mode " + e.getKey() + " is unavailable and will be reported as such: " + e.getValue());
        }
        List<String> modes = request.selection().modes().stream().filter(m -> !unavailable.containsKey(m)).toList();
        Measurement m = request.measurement();
        List<ScheduledFork> schedule = ForkSchedule.williams(scenarios, modes, m.runs(), catalog::supports,
                request.slowdown());
        for (String scenario : scenarios) {
            List<String> notImplemented = modes.stream().filter(mode -> !catalog.supports(scenario, mode)).toList();
            if (!notImplemented.isEmpty()) {
                info.accept("[decibench] scenario " + scenario + " does not implement " + String.join(", ",
                        notImplemented) + "; reported as n/a");
            }
        }
        info.accept("[decibench] " + schedule.size() + " forks: " + String.join(",", scenarios) + " x "
                + String.join(",", modes) + ", " + m.runs() + " rounds (Williams order), warm-up "
                + m.warmupIterations() + " x " + m.warmupTime() + ", measured " + m.iterations() + " x "
                + m.iterationTime());
        if (!request.slowdown().isNone()) {
            warn.accept("Injected slowdown (" + Slowdown.PROPERTY + "): " + request.slowdown().describe()
                    + " more CPU work per operation. For calibration and tests only; `baseline` refuses these results.");
        }
        ForkProcess process = new ForkProcess(request.forkTimeout());
        List<ForkSample> samples = new JmhForkRunner(request.command(), m, process,
                request.forksDir(), info, request.forkTimeout(), ContentionGuard.of(request.contentionLimit()))
                .runAll(schedule);
        if (!probeExactness) {
            return new SuiteOutcome(samples, List.of(), unavailable);
        }
        info.accept("[decibench] exactness: one plain run per scenario x mode");
        List<ScenarioExactness> exactness = new ExactnessProbe(request.command(), process, request.forksDir())
                .probe(scenarios, modes, catalog::supports);
        return new SuiteOutcome(samples, exactness, unavailable);
    }
}
