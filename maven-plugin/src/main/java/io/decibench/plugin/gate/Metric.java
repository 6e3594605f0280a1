package io.decibench.plugin.gate;

/** What a gate row compares: the decimal overhead ratio, the time per operation, or the allocation per operation. */
public enum Metric {
    OVERHEAD_RATIO("overhead-ratio"),
    TIME("time"),
    ALLOC("alloc");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /** The name users see in tables, JSON and JUnit XML. */
    public String label() {
        return label;
    }
}
