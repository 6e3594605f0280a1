package io.decibench.plugin.results;

import java.util.List;

/**
 * The benchmark settings a run used, as recorded in benchmark-results.json.
 *
 * @param warmupTime    JMH time string, e.g. "1s"
 * @param order         fork ordering, e.g. "counterbalanced"
 * @param targetPercent overhead target in percent (30.0 = 30 %)
 * @param confidence    two-sided confidence level of every CI (0.95)
 */
public record Settings(List<String> scenarios, List<String> modes, int runs, int warmupIterations,
                       String warmupTime, int iterations, String iterationTime, boolean quick,
                       double targetPercent, double confidence, String order, int forkTimeoutSeconds) {

    public Settings {
        scenarios = List.copyOf(scenarios);
        modes = List.copyOf(modes);
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
    }
}
