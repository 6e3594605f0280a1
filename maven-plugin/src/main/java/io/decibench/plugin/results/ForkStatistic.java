package io.decibench.plugin.results;

import java.util.List;
import java.util.Locale;

/**
 * What the regression gate takes of each fork's measured iterations, recorded as {@code settings.forkStatistic} so
 * that a baseline and a run are compared only when they took the same one (see the site's "Verdicts" page).
 */
public enum ForkStatistic {

    /** The middle iteration: what results written before the minimum was chosen (and files without it) used. */
    MEDIAN("median"),

    /**
     * The fastest iteration: what this plugin's gate takes. On a shared machine other tenants only ever slow an
     * iteration down, and an iteration that is still compiling is slower too; the fastest of many short iterations is
     * the least disturbed view of the code's own cost, and the per-fork spread it leaves is the smallest of the
     * statistics measured on the project's machine (the "Verdicts" page gives the figures).
     */
    MIN("min");

    /** The statistic this plugin's gate uses. */
    public static final ForkStatistic GATE = MIN;

    private final String label;

    ForkStatistic(String label) {
        this.label = label;
    }

    /** Its name in {@code benchmark-results.json} and {@code baselines.json}. */
    public String label() {
        return label;
    }

    /** The statistic a file recorded; null (files older than the field) means the median they were judged with. */
    public static ForkStatistic named(String label) {
        if (label == null) {
            return MEDIAN;
        }
        for (ForkStatistic s : values()) {
            if (s.label.equals(label.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown per-fork statistic '" + label + "' (known: median, min)");
    }

    /** This statistic of a fork's iterations (non-empty). */
    public double of(List<Double> iterations) {
        if (iterations.isEmpty()) {
            throw new IllegalArgumentException("a fork needs at least one measured iteration");
        }
        if (this == MEDIAN) {
            return ForkSample.median(iterations);
        }
        double min = Double.POSITIVE_INFINITY;
        for (double v : iterations) {
            min = Math.min(min, v);
        }
        return min;
    }
}
