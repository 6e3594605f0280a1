package io.decibench.plugin.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark settings a run used, as recorded in benchmark-results.json.
 *
 * @param warmupTime      JMH time string, e.g. "1s"
 * @param order           fork ordering: "williams" (a Williams design per round, see the site's "Verdicts" page)
 * @param targetPercent   overhead target in percent (30.0 = 30 %)
 * @param confidence      two-sided confidence level of the results' CIs (0.95)
 * @param forkStatistic   what the regression gate takes of each fork's iterations ({@link ForkStatistic})
 * @param slowdown        per mode the injected extra CPU work as a fraction of each operation's time
 *                        ({@code decibench.slowdown}, for calibration and tests); empty for a real measurement
 * @param contentionLimit CPU (in cores) other processes may use during a fork before it counts as contended; null
 *                        when the guard was off
 */
public record Settings(List<String> scenarios, List<String> modes, int runs, int warmupIterations,
                       String warmupTime, int iterations, String iterationTime, boolean quick,
                       double targetPercent, double confidence, String order, int forkTimeoutSeconds,
                       String forkStatistic, Map<String, Double> slowdown, Double contentionLimit) {

    @JsonCreator
    public Settings {
        scenarios = List.copyOf(scenarios);
        modes = List.copyOf(modes);
        slowdown = slowdown == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(slowdown));
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
    }

    /** Settings of a real (not slowed) measurement without the contention guard. */
    public Settings(List<String> scenarios, List<String> modes, int runs, int warmupIterations, String warmupTime,
                    int iterations, String iterationTime, boolean quick, double targetPercent, double confidence,
                    String order, int forkTimeoutSeconds) {
        this(scenarios, modes, runs, warmupIterations, warmupTime, iterations, iterationTime, quick, targetPercent,
                confidence, order, forkTimeoutSeconds, ForkStatistic.GATE.label(), Map.of(), null);
    }

    /** Whether a regression was injected ({@code decibench.slowdown}): such results are never a baseline. */
    public boolean slowed() {
        return !slowdown.isEmpty();
    }
}
