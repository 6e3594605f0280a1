package io.decibench.plugin.results;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a scenario x mode was measured. */
public enum ModeStatus {
    /** Measured; statistics are present. */
    @JsonProperty("ok") OK,
    /** The scenario does not implement the mode (a custom scenario with its own per-mode code). */
    @JsonProperty("n/a") NOT_APPLICABLE,
    /** The mode could not run on this machine (e.g. the native library is missing); see the reason. */
    @JsonProperty("unavailable") UNAVAILABLE;

    /** The name used in files and reports. */
    public String label() {
        return switch (this) {
            case OK -> "ok";
            case NOT_APPLICABLE -> "n/a";
            case UNAVAILABLE -> "unavailable";
        };
    }
}
