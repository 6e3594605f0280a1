package io.decibench.plugin.bench;

import java.util.regex.Pattern;

/**
 * How long JMH measures each fork: rounds (one fork per scenario x mode each), warm-up and measured iterations and
 * their durations in JMH's notation ({@code 500ms}, {@code 1s}).
 */
public record Measurement(int runs, int warmupIterations, String warmupTime, int iterations, String iterationTime) {

    private static final Pattern TIME = Pattern.compile("[1-9][0-9]*(ms|s|m)");

    /**
     * What a careful user wants: many short forks (fork-to-fork variation is the noise a longer fork cannot average
     * away), each warmed well past the slowest cell's JIT transition (hourly in decimal settles 1.0-1.5 s into a fork
     * on 2 cores, a few forks later), 5 measured iterations, of which the gate takes the fastest. The whole suite takes
     * about 9 minutes on 2 cores.
     */
    public static final Measurement DEFAULT = new Measurement(6, 8, "300ms", 5, "200ms");

    /**
     * Aims to keep the whole suite (3 scenarios x 5 modes) within 3 minutes on 2 cores (decibench.quick=true): 45
     * forks of 1.2 s warm-up and 9 measured iterations of 100 ms, plus about 1.1 s of JVM starts and setup (3.8 s per
     * fork measured; a whole quick verify took 161-182 s). The slowest cell to settle, hourly in decimal, reaches its
     * compiled level 1.0-1.5 s into most forks; the gate takes the fastest of the 9 iterations, so a fork still
     * settling in its first measured iterations is judged by its settled ones (a few forks compile later still).
     * See the site's "Verdicts" page for the warm-up curves this was chosen from.
     */
    public static final Measurement QUICK = new Measurement(3, 12, "100ms", 9, "100ms");

    /** @throws IllegalArgumentException naming the property and the accepted values */
    public Measurement {
        requireAtLeast(runs, 1, "decibench.runs");
        requireAtLeast(warmupIterations, 0, "decibench.warmupIterations");
        requireAtLeast(iterations, 1, "decibench.iterations");
        requireTime(warmupTime, "decibench.warmupTime");
        requireTime(iterationTime, "decibench.iterationTime");
    }

    /** This preset with every non-null argument taking precedence: explicit parameters beat the preset. */
    public Measurement override(Integer runs, Integer warmupIterations, String warmupTime, Integer iterations,
                                String iterationTime) {
        return new Measurement(
                runs != null ? runs : this.runs,
                warmupIterations != null ? warmupIterations : this.warmupIterations,
                warmupTime != null && !warmupTime.isBlank() ? warmupTime.trim() : this.warmupTime,
                iterations != null ? iterations : this.iterations,
                iterationTime != null && !iterationTime.isBlank() ? iterationTime.trim() : this.iterationTime);
    }

    private static void requireAtLeast(int value, int min, String property) {
        if (value < min) {
            throw new IllegalArgumentException(property + " is " + value + " but must be at least " + min
                    + " (e.g. -D" + property + "=" + Math.max(min, 3) + ")");
        }
    }

    private static void requireTime(String value, String property) {
        if (value == null || !TIME.matcher(value).matches()) {
            throw new IllegalArgumentException(property + " is '" + value
                    + "' but must be a JMH duration such as 500ms, 1s or 1m (e.g. -D" + property + "=1s)");
        }
    }
}
