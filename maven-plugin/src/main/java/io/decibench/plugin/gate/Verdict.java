package io.decibench.plugin.gate;

/** The regression verdict of one gate row; {@link #NOT_COMPARED} rows carry a note saying why. */
public enum Verdict {
    PASS,
    WARN,
    FAIL,
    INCONCLUSIVE,
    NOT_COMPARED;

    /** The name users see in tables, JSON and JUnit XML. */
    public String label() {
        return name().replace('_', '-');
    }
}
