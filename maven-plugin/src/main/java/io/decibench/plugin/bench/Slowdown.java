package io.decibench.plugin.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An injected regression ({@code decibench.slowdown=MODE:FRACTION[,MODE:FRACTION]}), for calibration and tests only:
 * every measured operation of MODE does FRACTION more real CPU work, sized against that operation's own time in
 * the fork (the kernel's {@code InjectedWork}), so the gate's power can be measured with a known change.
 *
 * @param fractions mode -> extra work as a fraction of the operation's time (0.25 = 25% more); empty for none
 */
public record Slowdown(Map<String, Double> fractions) {

    /** The property users set. */
    public static final String PROPERTY = "decibench.slowdown";

    /** No injected work: a real measurement. */
    public static final Slowdown NONE = new Slowdown(Map.of());

    /** More than ten times the work is not a regression anyone needs to detect, only a slower test. */
    static final double MAX_FRACTION = 10;

    public Slowdown {
        fractions = Collections.unmodifiableMap(new LinkedHashMap<>(fractions));
    }

    /**
     * Parses {@code decimal:0.25,float-native:0.1}; blank means none.
     *
     * @throws IllegalArgumentException naming the entry, the property and the valid modes
     */
    public static Slowdown parse(String text, List<String> validModes) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (String raw : text.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw invalid(entry, "is not MODE:FRACTION", validModes);
            }
            String mode = entry.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (!validModes.contains(mode)) {
                throw invalid(entry, "names the unknown mode '" + mode + "'", validModes);
            }
            double fraction;
            try {
                fraction = Double.parseDouble(entry.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                throw invalid(entry, "has no number after the colon", validModes);
            }
            if (!(fraction > 0) || fraction > MAX_FRACTION) {
                throw invalid(entry, "needs a fraction above 0 and at most " + (int) MAX_FRACTION
                        + " (0.25 = 25% more work)", validModes);
            }
            if (fractions.put(mode, fraction) != null) {
                throw invalid(entry, "repeats the mode " + mode, validModes);
            }
        }
        return new Slowdown(fractions);
    }

    /** The fraction for a mode, 0 when it is not slowed. */
    public double of(String mode) {
        return fractions.getOrDefault(mode, 0.0);
    }

    public boolean isNone() {
        return fractions.isEmpty();
    }

    /** E.g. {@code decimal +25%, float-native +10%}. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        fractions.forEach((mode, f) -> s.append(s.isEmpty() ? "" : ", ").append(mode).append(' ')
                .append(io.decibench.plugin.view.Format.fraction(f)));
        return s.toString();
    }

    private static IllegalArgumentException invalid(String entry, String why, List<String> validModes) {
        return new IllegalArgumentException(PROPERTY + " entry '" + entry + "' " + why + ". Use MODE:FRACTION with"
                + " a mode from " + String.join(", ", validModes) + ", e.g. -D" + PROPERTY + "=decimal:0.25"
                + " (for calibration and tests only: it injects a regression)");
    }
}
