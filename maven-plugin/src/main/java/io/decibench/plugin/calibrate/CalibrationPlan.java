package io.decibench.plugin.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code calibrate} runs: {@code sessions} runs of the unchanged code and, for each slowdown, as many runs with
 * that much extra work injected into {@code mode}, interleaved (same-code, slowed, slowed, same-code, ...) so that
 * the machine's drift over the calibration hits every kind of session alike.
 */
public record CalibrationPlan(int sessions, String mode, List<Double> slowdowns) {

    public CalibrationPlan {
        slowdowns = List.copyOf(slowdowns);
        if (sessions < 2) {
            throw new IllegalArgumentException("decibench.calibrationSessions must be at least 2 (session offsets need"
                    + " two sessions to show), was " + sessions + " (e.g. -Ddecibench.calibrationSessions=3)");
        }
    }

    /**
     * The plan for the selected modes.
     *
     * @param mode       the mode to slow down; blank: {@code decimal} when selected, else the first non-float mode
     * @param slowdowns  comma-separated fractions, e.g. {@code 0.10,0.25}
     * @throws IllegalArgumentException naming the property and the valid values
     */
    public static CalibrationPlan of(int sessions, String mode, String slowdowns, List<String> modes) {
        String chosen = mode == null || mode.isBlank()
                ? (modes.contains("decimal") ? "decimal" : modes.stream().filter(m -> !m.equals("float")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("calibrate needs a mode besides float to slow down;"
                        + " add one to decibench.modes (e.g. -Ddecibench.modes=float,decimal)")))
                : mode.trim().toLowerCase(Locale.ROOT);
        if (!modes.contains(chosen)) {
            throw new IllegalArgumentException("decibench.calibrationMode '" + chosen + "' is not among the selected"
                    + " modes " + String.join(", ", modes) + " (e.g. -Ddecibench.calibrationMode=decimal)");
        }
        List<Double> fractions = new ArrayList<>();
        for (String s : (slowdowns == null || slowdowns.isBlank() ? "0.10,0.25" : slowdowns).split(",")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                double f = Double.parseDouble(s.trim());
                if (!(f > 0) || f > 10) {
                    throw new NumberFormatException();
                }
                fractions.add(f);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("decibench.calibrationSlowdowns has '" + s.trim() + "'; use"
                        + " fractions above 0, e.g. -Ddecibench.calibrationSlowdowns=0.10,0.25");
            }
        }
        return new CalibrationPlan(sessions, chosen, fractions);
    }

    /** How many benchmark runs the plan takes. */
    public int runs() {
        return sessions * (1 + slowdowns.size());
    }
}
