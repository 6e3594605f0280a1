package io.decibench.plugin.bench;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.spi.Kernels;
import io.decibench.plugin.config.ModeCatalog;
import io.decibench.plugin.config.ScenarioCatalog;
import io.decibench.plugin.results.FileAccess;
import io.decibench.plugin.results.ForkSample;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Consumer<String> debug;

    public BenchmarkSuite(BenchmarkRequest request, Kernels kernels, Consumer<String> info, Consumer<String> warn) {
        this(request, kernels, info, warn, line -> { });
    }

    /** @param debug receives each child JVM's command line (Maven's {@code -X} output) */
    public BenchmarkSuite(BenchmarkRequest request, Kernels kernels, Consumer<String> info, Consumer<String> warn,
                          Consumer<String> debug) {
        this.request = request;
        this.kernels = kernels;
        this.info = info;
        this.warn = warn;
        this.debug = debug;
    }

    /**
     * @throws BenchmarkAbortedException when a bundle is missing or damaged, a folder is not writable or a required
     *                                   mode cannot run
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
        ModeCatalog modeCatalog = ModeCatalog.of(kernels, catalog);
        ModeAvailability.Plan plan = ModeAvailability.plan("benchmark", request.selection().modes(), kernels,
                request.requireNative(), modeCatalog::ownCode);
        plan.skipped().forEach((mode, why) ->
                warn.accept("Mode " + mode + " is unavailable and will be reported as such: " + why));
        Map<String, String> unavailable = plan.skipped();
        List<String> modes = plan.runnable();
        // Cheap checks first; then the folders the run writes to, and the bundles' checksums, before any fork.
        for (Optional<String> problem : List.of(
                FileAccess.problem(request.forksDir(), "each fork's log and JSON", "decibench.resultsDirectory"),
                FileAccess.problem(request.historyFile().toAbsolutePath().getParent(), "the run history",
                        "decibench.historyFile"))) {
            if (problem.isPresent()) {
                throw new BenchmarkAbortedException(problem.get());
            }
        }
        long verifyStart = System.nanoTime();
        Optional<String> damaged = BundleCheck.problem(request.bundleDir(), bundles);
        if (damaged.isPresent()) {
            throw new BenchmarkAbortedException(damaged.get());
        }
        info.accept("[decibench] bundles " + String.join(", ", bundles) + ": checksums verified in "
                + Duration.ofNanos(System.nanoTime() - verifyStart).toMillis() + " ms");
        Measurement m = request.measurement();
        List<ScheduledFork> schedule = ForkSchedule.williams(scenarios, modes, m.runs(), modeCatalog::runs,
                request.slowdown());
        for (String scenario : scenarios) {
            List<String> notImplemented = modes.stream().filter(mode -> !modeCatalog.runs(scenario, mode)).toList();
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
        ForkProcess process = new ForkProcess(request.forkTimeout(), debug);
        List<ForkSample> samples = new JmhForkRunner(request.command(), m, process,
                request.forksDir(), info, request.forkTimeout(), ContentionGuard.of(request.contentionLimit()))
                .runAll(schedule);
        if (!probeExactness) {
            return new SuiteOutcome(samples, List.of(), unavailable, modeCatalog.info(request.selection().modes()));
        }
        info.accept("[decibench] exactness: one plain run per scenario x mode");
        List<ProbeRun> probes = new ExactnessProbe(request.command(), process, request.forksDir())
                .probe(scenarios, modes, modeCatalog::runs);
        return new SuiteOutcome(samples, probes, unavailable, modeCatalog.info(request.selection().modes()));
    }
}
