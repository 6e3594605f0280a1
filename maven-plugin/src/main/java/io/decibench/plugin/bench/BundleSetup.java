package io.decibench.plugin.bench;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.EnsureOutcome;
import io.decibench.plugin.config.ScenarioCatalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Makes sure the bundles the selected scenarios run on exist and verify, generating only those, and says for each
 * what it did and how long it took.
 */
public final class BundleSetup {

    private final BundleStore store;

    public BundleSetup(BundleStore store) {
        this.store = store;
    }

    /** The specs of the bundles the built-in {@code scenarios} need, each once, in scenario order. */
    public static List<BundleSpec> specsFor(List<String> scenarios) {
        return ScenarioCatalog.builtIn().bundlesFor(scenarios);
    }

    /** Ensures every spec, reporting one line per bundle. */
    public List<EnsureOutcome> ensure(List<BundleSpec> specs, Consumer<String> log) {
        List<EnsureOutcome> outcomes = new ArrayList<>();
        for (BundleSpec spec : specs) {
            long start = System.nanoTime();
            EnsureOutcome outcome = store.ensure(spec);
            log.accept(describe(outcome, Duration.ofNanos(System.nanoTime() - start)));
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** E.g. {@code Bundle profiling-daily: up to date (verified in 12 ms)}. */
    public static String describe(EnsureOutcome outcome, Duration took) {
        long ms = took.toMillis();
        return "Bundle " + outcome.bundle() + ": " + switch (outcome.status()) {
            case UP_TO_DATE -> "up to date (verified in " + ms + " ms)";
            case GENERATED -> "generated in " + ms + " ms";
            case REGENERATED -> "regenerated in " + ms + " ms (" + outcome.reason() + ")";
        };
    }
}
