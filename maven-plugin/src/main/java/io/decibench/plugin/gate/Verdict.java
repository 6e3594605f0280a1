package io.decibench.plugin.gate;

import io.decibench.plugin.view.Tone;

/**
 * The regression verdict of one gate row, written as its name everywhere (tables, check-results.json, JUnit XML);
 * {@link #NOT_COMPARED} rows carry a note saying why.
 */
public enum Verdict {
    PASS,
    WARN,
    FAIL,
    INCONCLUSIVE,
    NOT_COMPARED;

    /** Worst first: the order a summary reports verdicts in. */
    public static final java.util.List<Verdict> BY_SEVERITY = java.util.List.of(FAIL, WARN, INCONCLUSIVE,
            NOT_COMPARED, PASS);

    /** How the verdict reads at a glance. */
    public Tone tone() {
        return switch (this) {
            case PASS -> Tone.GOOD;
            case FAIL -> Tone.BAD;
            case WARN, INCONCLUSIVE -> Tone.WARNING;
            case NOT_COMPARED -> Tone.NONE;
        };
    }
}
