package io.decibench.plugin.report;

import java.util.List;
import java.util.Locale;

/**
 * What both charts draw around their data: the percent axis with grid lines, the dashed target line and the
 * mode legend, at one set of margins, so the two charts of a page look alike.
 */
final class ChartFrame {

    static final double LEFT = 64;
    static final double RIGHT = 24;
    static final double TOP = 40;

    private final Svg svg;
    private final int width;
    private final ChartScale scale;

    ChartFrame(Svg svg, int width, ChartScale scale) {
        this.svg = svg;
        this.width = width;
        this.scale = scale;
    }

    /** The right end of the plot area. */
    double plotRight() {
        return width - RIGHT;
    }

    /** Horizontal grid lines at round percentages (the zero line darker) and the axis title. */
    void percentAxis(String title) {
        svg.group("axis");
        for (double t : scale.ticks()) {
            double y = scale.y(t);
            svg.line("grid", LEFT, y, plotRight(), y, t == 0 ? "#444" : "#ddd", 1, null)
                    .text("tick", LEFT - 6, y + 4, "end", String.format(Locale.ROOT, "%.0f %%", t));
        }
        svg.text("axis-title", 14, TOP - 20, "start", title);
        svg.endGroup();
    }

    /** The dashed target line, labelled at its right end. */
    void targetLine(double targetPercent) {
        double y = scale.y(targetPercent);
        svg.group("target")
                .line("target-line", LEFT, y, plotRight(), y, "#c0392b", 1.5, "6 4")
                .text("target-label", plotRight(), y - 5, "end", "target " + ReportFormat.target(targetPercent))
                .endGroup();
    }

    /** A swatch and name per mode, right-aligned above the plot, in {@link ModePalette} colours. */
    void legend(List<String> modes) {
        svg.group("legend");
        double width = 0;
        for (String mode : modes) {
            width += 30 + 7.0 * mode.length();
        }
        // Laid out left to right (reading order, also in the document) ending at the plot's right edge.
        double x = plotRight() - width + 14;
        for (int m = 0; m < modes.size(); m++) {
            svg.rect("legend-swatch", x, 8, 12, 12, ModePalette.colour(m), null);
            svg.text("legend-label", x + 16, 18, "start", modes.get(m));
            x += 30 + 7.0 * modes.get(m).length();
        }
        svg.endGroup();
    }
}
