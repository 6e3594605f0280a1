package io.decibench.plugin.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scenarios and modes a run covers, parsed from comma-separated configuration and checked against the known
 * names before any work starts (an unknown name lists the valid ones).
 */
public record SuiteSelection(List<String> scenarios, List<String> modes) {

    public SuiteSelection {
        scenarios = List.copyOf(scenarios);
        modes = List.copyOf(modes);
    }

    /**
     * Parses both lists; blank means "all".
     *
     * @throws IllegalArgumentException naming the unknown value, the property to fix and the valid names
     */
    public static SuiteSelection parse(String scenarios, List<String> validScenarios,
                                       String modes, List<String> validModes) {
        return new SuiteSelection(
                parseList(scenarios, validScenarios, "scenario", "decibench.scenarios"),
                parseList(modes, validModes, "mode", "decibench.modes"));
    }

    static List<String> parseList(String text, List<String> valid, String what, String property) {
        if (text == null || text.isBlank()) {
            return List.copyOf(valid);
        }
        Set<String> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : text.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (valid.contains(name)) {
                chosen.add(name);
            } else {
                unknown.add(raw.trim());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown " + what + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
                    + " in " + property + "; valid " + what + "s: " + String.join(", ", valid)
                    + " (e.g. -D" + property + "=" + String.join(",", valid) + ")");
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(property + " names no " + what + "; valid " + what + "s: "
                    + String.join(", ", valid));
        }
        // Keep the canonical order (float first) whatever order the user typed: the schedule relies on it.
        return valid.stream().filter(chosen::contains).toList();
    }

    @Override
    public String toString() {
        return String.join(",", scenarios) + " x " + String.join(",", modes);
    }
}
