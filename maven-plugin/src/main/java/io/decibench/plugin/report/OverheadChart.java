package io.decibench.plugin.report;

import io.decibench.plugin.results.Overhead;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report's overhead chart as inline SVG: per scenario one bar per decimal mode (overhead in percent over
 * float), its confidence interval as a whisker, and the target as a dashed line. Drawn from the same
 * {@link Overhead} rows as the overhead table, so chart and table cannot disagree.
 */
public final class OverheadChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    private static final double LEFT = 64;
    private static final double RIGHT = 24;
    private static final double TOP = 40;
    private static final double BOTTOM = HEIGHT - 48.0;

    private OverheadChart() {
    }

    /**
     * The SVG document for {@code overheads} (in their order: scenarios and modes appear as they first occur)
     * against {@code targetPercent}. A row without an overhead is labelled "n/a" instead of a bar.
     */
    public static String svg(List<Overhead> overheads, double targetPercent) {
        List<String> scenarios = distinct(overheads.stream().map(Overhead::scenario).toList());
        List<String> modes = distinct(overheads.stream().map(Overhead::mode).toList());
        List<Double> extent = new ArrayList<>();
        extent.add(targetPercent);
        for (Overhead o : overheads) {
            extent.add(o.overheadPercent());
            extent.add(o.overheadCiLow());
            extent.add(o.overheadCiHigh());
        }
        ChartScale scale = ChartScale.covering(extent, TOP, BOTTOM);
        Svg svg = new Svg(WIDTH, HEIGHT, "Decimal overhead over float per scenario, with "
                + "confidence intervals and the " + ReportFormat.target(targetPercent) + " target");
        axis(svg, scale);
        legend(svg, modes);

        double groupWidth = (WIDTH - LEFT - RIGHT) / Math.max(1, scenarios.size());
        double barWidth = Math.min(56, groupWidth * 0.7 / Math.max(1, modes.size()));
        svg.group("bars");
        for (int s = 0; s < scenarios.size(); s++) {
            String scenario = scenarios.get(s);
            double groupLeft = LEFT + s * groupWidth + (groupWidth - barWidth * modes.size()) / 2;
            for (Overhead o : overheads) {
                if (o.scenario().equals(scenario)) {
                    double x = groupLeft + modes.indexOf(o.mode()) * barWidth;
                    bar(svg, scale, o, x, barWidth * 0.9, ModePalette.colour(modes.indexOf(o.mode())));
                }
            }
            svg.text("scenario-label", LEFT + (s + 0.5) * groupWidth, BOTTOM + 20, "middle", scenario);
        }
        svg.endGroup();

        double ty = scale.y(targetPercent);
        svg.group("target")
                .line("target-line", LEFT, ty, WIDTH - RIGHT, ty, "#c0392b", 1.5, "6 4")
                .text("target-label", WIDTH - RIGHT, ty - 5, "end", "target " + ReportFormat.target(targetPercent))
                .endGroup();
        return svg.end();
    }

    private static void bar(Svg svg, ChartScale scale, Overhead o, double x, double width, String colour) {
        double zero = scale.y(0);
        double centre = x + width / 2;
        Double p = o.overheadPercent();
        if (p == null || !Double.isFinite(p)) {
            svg.text("na-label", centre, zero - 4, "middle", "n/a");
            return;
        }
        double y = scale.y(p);
        String tooltip = String.format(Locale.ROOT, "%s, %s: %s overhead, CI %s, %s", o.scenario(), o.mode(),
                ReportFormat.percent(p), ReportFormat.percentCi(o.overheadCiLow(), o.overheadCiHigh()),
                o.verdict() == null ? "no verdict" : o.verdict().name());
        svg.rect("bar", x, Math.min(y, zero), width, Math.max(1, Math.abs(zero - y)), colour, tooltip);
        Double lo = o.overheadCiLow();
        Double hi = o.overheadCiHigh();
        double labelY = Math.min(y, zero) - 5;
        if (lo != null && hi != null && Double.isFinite(lo) && Double.isFinite(hi)) {
            double yl = scale.y(lo);
            double yh = scale.y(hi);
            double cap = Math.min(8, width / 4);
            svg.group("whisker")
                    .line("whisker-range", centre, yl, centre, yh, "#222", 1.5, null)
                    .line("whisker-cap", centre - cap, yl, centre + cap, yl, "#222", 1.5, null)
                    .line("whisker-cap", centre - cap, yh, centre + cap, yh, "#222", 1.5, null)
                    .endGroup();
            labelY = Math.min(labelY, yh - 5);
        }
        svg.text("value-label", centre, labelY, "middle", ReportFormat.percent(p));
    }

    private static void axis(Svg svg, ChartScale scale) {
        svg.group("axis");
        for (double t : scale.ticks()) {
            double y = scale.y(t);
            svg.line("grid", LEFT, y, WIDTH - RIGHT, y, t == 0 ? "#444" : "#ddd", 1, null)
                    .text("tick", LEFT - 6, y + 4, "end", String.format(Locale.ROOT, "%.0f %%", t));
        }
        svg.text("axis-title", 14, TOP - 20, "start", "overhead over float");
        svg.endGroup();
    }

    private static void legend(Svg svg, List<String> modes) {
        svg.group("legend");
        double x = WIDTH - RIGHT;
        for (int m = modes.size() - 1; m >= 0; m--) {
            String mode = modes.get(m);
            double textWidth = 7.0 * mode.length();
            x -= textWidth;
            svg.text("legend-label", x, 18, "start", mode);
            x -= 16;
            svg.rect("legend-swatch", x, 8, 12, 12, ModePalette.colour(m), null);
            x -= 14;
        }
        svg.endGroup();
    }

    private static List<String> distinct(List<String> names) {
        Set<String> seen = new LinkedHashSet<>(names);
        return List.copyOf(seen);
    }
}
