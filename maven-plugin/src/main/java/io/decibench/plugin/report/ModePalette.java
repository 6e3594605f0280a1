package io.decibench.plugin.report;

/** The colours the charts give to modes by position, so a mode has the same colour in every chart of a page. */
final class ModePalette {

    private static final String[] COLOURS = {"#e08a1e", "#2d6fb8", "#3a9a5b", "#8e5bb5", "#b84a62", "#5a8f9e"};

    private ModePalette() {
    }

    static String colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }
}
