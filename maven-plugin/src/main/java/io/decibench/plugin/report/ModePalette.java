package io.decibench.plugin.report;

import java.util.List;

/**
 * The colours the charts give to modes by their position in the run's mode list, so a mode has the same colour in
 * every chart of a page.
 */
final class ModePalette {

    private static final String[] COLOURS = {"#e08a1e", "#2d6fb8", "#3a9a5b", "#8e5bb5", "#b84a62", "#5a8f9e",
        "#7a6a2f", "#d4568f"};

    private ModePalette() {
    }

    static String colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    /** The colour of a mode: by its index in {@code order}, modes not in it after them. */
    static String colour(String mode, List<String> order) {
        int i = order.indexOf(mode);
        return colour(i >= 0 ? i : order.size() + Math.floorMod(mode.hashCode(), COLOURS.length));
    }
}
