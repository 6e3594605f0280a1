package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.ForkStatistic;
import io.decibench.plugin.results.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The measurement settings that decide what one fork's number means, so a baseline and a run are compared only when
 * they agree on all of them: warm-up and measured iterations and their durations (a shorter warm-up measures a less
 * compiled program), the per-fork statistic, and the forks' JVM options as the forks recorded them. The number of
 * rounds is not among them: it changes how many forks there are, not what one fork measures.
 */
public record GateSettings(int warmupIterations, String warmupTime, int iterations, String iterationTime,
                           String forkStatistic, List<String> jvmArgs) {

    public GateSettings {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
    }

    /** The settings of a run: its measurement settings and the JVM options its forks ran with. */
    public static GateSettings of(BenchmarkResults results) {
        Settings s = results.settings();
        List<String> jvm = results.forkVm() != null ? results.forkVm().jvmArgs()
                : results.fingerprint() == null ? List.of() : results.fingerprint().jvmArgs();
        return new GateSettings(s.warmupIterations(), s.warmupTime(), s.iterations(), s.iterationTime(),
                ForkStatistic.named(s.forkStatistic()).label(), jvm);
    }

    /** What differs, e.g. {@code warm-up 5 x 200ms (baseline) vs 3 x 1s (now)}; empty when the settings agree. */
    public List<String> differencesTo(GateSettings now) {
        List<String> d = new ArrayList<>();
        if (warmupIterations != now.warmupIterations || !Objects.equals(warmupTime, now.warmupTime)) {
            d.add("warm-up " + warmupIterations + " x " + warmupTime + " (baseline) vs " + now.warmupIterations
                    + " x " + now.warmupTime + " (now)");
        }
        if (iterations != now.iterations || !Objects.equals(iterationTime, now.iterationTime)) {
            d.add("measured " + iterations + " x " + iterationTime + " (baseline) vs " + now.iterations + " x "
                    + now.iterationTime + " (now)");
        }
        if (!Objects.equals(forkStatistic, now.forkStatistic)) {
            d.add("per-fork " + forkStatistic + " (baseline) vs " + now.forkStatistic + " (now)");
        }
        if (!jvmArgs.equals(now.jvmArgs)) {
            d.add("JVM options [" + String.join(" ", jvmArgs) + "] (baseline) vs [" + String.join(" ", now.jvmArgs)
                    + "] (now)");
        }
        return d;
    }

    /** The properties that reproduce these settings, e.g. {@code -Ddecibench.warmupIterations=5 ...}. */
    public String asProperties() {
        return "-Ddecibench.warmupIterations=" + warmupIterations + " -Ddecibench.warmupTime=" + warmupTime
                + " -Ddecibench.iterations=" + iterations + " -Ddecibench.iterationTime=" + iterationTime
                + " -Ddecibench.jvmArgs=\"" + String.join(" ", jvmArgs) + "\"";
    }
}
