package io.decibench.kernel.bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Bar frequency of a bundle; its lower-case name is what manifests and plugin configuration use. */
public enum Frequency {
    DAILY,
    HOURLY,
    MINUTE;

    /** The name used in manifest.json and in configuration: {@code daily}, {@code hourly}, {@code minute}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code daily|hourly|minute} (case-insensitive), naming the valid values when it cannot. */
    public static Frequency parse(String text) {
        for (Frequency f : values()) {
            if (f.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown frequency '" + text + "'; valid values: "
                + Arrays.stream(values()).map(Frequency::id).collect(Collectors.joining(", ")));
    }
}
