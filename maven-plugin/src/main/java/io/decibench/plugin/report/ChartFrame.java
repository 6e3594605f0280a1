package io.decibench.plugin.report;

import java.util.List;

/**
 * What both charts draw around their data, at one set of margins so the two charts of a page look alike: the
 * log-ratio axis with its symmetric percent ticks and grid lines, the dashed target line with its label, and the
 * mode legend.
 */
final class ChartFrame {

    /** Room left of the plot for the widest tick label ({@code +99900%}) and the axis title beside it. */
    static final double LEFT = 78;
    /** Room right of the plot for the target line's label, so it never lands on a bar, a point or a label. */
    static final double RIGHT = 88;
    /** The top of the plot area under a one-row legend. */
    static final double TOP = 44;
    /** Labels must stay below this row (the bottom of a one-row legend). */
    static final double LEGEND_BOTTOM = 26;
    /** The height of one legend row. */
    static final double LEGEND_ROW = 16;
    static final String TARGET_COLOUR = "#c0392b";

    private final Svg svg;
    private final int width;
    private final RatioAxis axis;

    ChartFrame(Svg svg, int width, RatioAxis axis) {
        this.svg = svg;
        this.width = width;
        this.axis = axis;
    }

    /** The right end of the plot area. */
    static double plotRight(int width) {
        return width - RIGHT;
    }

    /** Grid lines at the axis ticks (0% darker), their labels, and the axis title along the axis. */
    void ratioAxis(String title) {
        svg.group("axis");
        for (double t : axis.ticks()) {
            double y = axis.y(t);
            svg.line("grid", LEFT, y, plotRight(width), y, Math.abs(t) < 1e-9 ? "#444" : "#ddd", 1, null)
                    .text("tick", LEFT - 6, y + 4, "end", RatioAxis.label(t));
        }
        svg.verticalText("axis-title", 12, (axis.top() + axis.bottom()) / 2, title);
        svg.endGroup();
    }

    /** The dashed target line across the plot, labelled in the margin right of its end. */
    void targetLine(double targetPercent) {
        double y = axis.y(targetPercent);
        svg.group("target")
                .line("target-line", LEFT, y, plotRight(width), y, TARGET_COLOUR, 1.5, "6 4")
                .text("target-label", plotRight(width) + 6, y + 4, "start", targetLabel(targetPercent))
                .endGroup();
    }

    /** The target line's label, e.g. {@code target +30%}. */
    static String targetLabel(double targetPercent) {
        return "target " + RatioAxis.label(targetPercent);
    }

    /** How many rows the legend of {@code modes} takes: as many as its items need to fit above the plot. */
    static int legendRows(List<String> modes, int width) {
        return rows(modes, width).size();
    }

    /** How much further down the plot goes for a legend of {@code rows} rows than for one row. */
    static double legendExtra(int rows) {
        return Math.max(0, rows - 1) * LEGEND_ROW;
    }

    /**
     * A swatch and name per mode above the plot, {@code colours} by the same index: in reading order, right-aligned,
     * wrapped into as many rows as the plot's width needs.
     */
    void legend(List<String> modes, List<String> colours) {
        svg.group("legend");
        double y = 8;
        int m = 0;
        for (List<String> row : rows(modes, width)) {
            double x = plotRight(width) - rowWidth(row) + 14;
            for (String mode : row) {
                svg.rect("legend-swatch", x, y, 12, 12, colours.get(m), null);
                svg.text("legend-label", x + 16, y + 10, "start", mode);
                x += itemWidth(mode);
                m++;
            }
            y += LEGEND_ROW;
        }
        svg.endGroup();
    }

    private static List<List<String>> rows(List<String> modes, int width) {
        double room = plotRight(width) - LEFT;
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        for (String mode : modes) {
            if (!row.isEmpty() && rowWidth(row) + itemWidth(mode) > room) {
                rows.add(row);
                row = new java.util.ArrayList<>();
            }
            row.add(mode);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static double rowWidth(List<String> row) {
        return row.stream().mapToDouble(ChartFrame::itemWidth).sum();
    }

    private static double itemWidth(String mode) {
        return 30 + 7.0 * mode.length();
    }
}
