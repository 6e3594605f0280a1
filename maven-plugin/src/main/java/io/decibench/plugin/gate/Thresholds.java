package io.decibench.plugin.gate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The regression thresholds as fractions (0.05 = 5%): a change at or above {@code warn}/{@code fail} with enough
 * evidence is a WARN/FAIL; allocation is gated against its own relative {@code allocTolerance}.
 */
public record Thresholds(@JsonProperty("warnThreshold") double warn, @JsonProperty("failThreshold") double fail,
                         @JsonProperty("allocTolerance") double allocTolerance) {

    public static final double DEFAULT_WARN = 0.05;
    public static final double DEFAULT_FAIL = 0.20;
    public static final double DEFAULT_ALLOC_TOLERANCE = 0.10;

    /** The defaults (see the site's "Verdicts" page). */
    public static final Thresholds DEFAULTS = new Thresholds(DEFAULT_WARN, DEFAULT_FAIL, DEFAULT_ALLOC_TOLERANCE);

    public Thresholds {
        requireFraction("decibench.warnThreshold", warn);
        requireFraction("decibench.failThreshold", fail);
        requireFraction("decibench.allocTolerance", allocTolerance);
        if (warn > fail) {
            throw new IllegalArgumentException("decibench.warnThreshold (" + warn + ") is greater than "
                    + "decibench.failThreshold (" + fail + "): a regression must warn before it fails. "
                    + "Set e.g. -Ddecibench.warnThreshold=0.05 -Ddecibench.failThreshold=0.20");
        }
    }

    /**
     * Each explicitly given value wins, then the recorded one (from a baselines file, may be null), then the default.
     */
    public static Thresholds resolve(Double warn, Double fail, Double allocTolerance, Thresholds recorded) {
        Thresholds base = recorded == null ? DEFAULTS : recorded;
        return new Thresholds(warn != null ? warn : base.warn(),
                fail != null ? fail : base.fail(),
                allocTolerance != null ? allocTolerance : base.allocTolerance());
    }

    private static void requireFraction(String property, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(property + " must be a fraction >= 0 (0.05 = 5%), got " + value
                    + ". Set e.g. -D" + property + "=" + (property.endsWith("warnThreshold") ? "0.05"
                    : property.endsWith("failThreshold") ? "0.20" : "0.10"));
        }
    }
}
