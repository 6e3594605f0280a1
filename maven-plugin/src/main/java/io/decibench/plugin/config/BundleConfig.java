package io.decibench.plugin.config;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.Frequency;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One {@code <bundles><bundle>} of the plugin configuration: a user's synthetic bundle (name, frequency, assets,
 * start, end, seed). Maven fills the fields; {@link #toSpec()} checks them and names the bundle and field in every
 * error.
 */
public class BundleConfig {
    private String name;
    private String frequency;
    private Integer assets;
    private String start;
    private String end;
    private Long seed;

    public BundleConfig() {
    }

    public BundleConfig(String name, String frequency, Integer assets, String start, String end, Long seed) {
        this.name = name;
        this.frequency = frequency;
        this.assets = assets;
        this.start = start;
        this.end = end;
        this.seed = seed;
    }

    public String getName() {
        return name;
    }

    /**
     * The bundle this configuration describes. Without a {@code <seed>} the seed is derived from the name, so the
     * bundle is still the same on every machine.
     *
     * @throws IllegalArgumentException naming the bundle, the field and the fix
     */
    public BundleSpec toSpec() {
        String label = "<bundles><bundle> '" + (name == null ? "" : name.trim()) + "'";
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A <bundles><bundle> has no <name>. Fix: give every declared bundle a"
                    + " <name> (letters, digits, '.', '_', '-').");
        }
        Frequency f;
        try {
            f = Frequency.parse(required(frequency, label, "frequency", "daily, hourly or minute"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ": " + e.getMessage() + ". Fix its <frequency>.", e);
        }
        if (assets == null) {
            throw new IllegalArgumentException(label + " has no <assets>. Fix: set the number of assets, e.g."
                    + " <assets>100</assets>.");
        }
        LocalDate from = date(required(start, label, "start", "a date like 2024-01-02"), label, "start");
        LocalDate to = date(required(end, label, "end", "a date like 2024-12-31"), label, "end");
        return new BundleSpec(name.trim(), f, assets, from, to, seed != null ? seed : name.trim().hashCode());
    }

    private static String required(String value, String label, String field, String example) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(label + " has no <" + field + ">. Fix: set it to " + example + ".");
        }
        return value.trim();
    }

    private static LocalDate date(String value, String label, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + ": <" + field + "> '" + value + "' is not a date. Fix: write"
                    + " it as yyyy-MM-dd, e.g. 2024-01-02.", e);
        }
    }
}
