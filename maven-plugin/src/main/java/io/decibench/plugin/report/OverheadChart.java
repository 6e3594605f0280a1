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
    private static final double LEFT = ChartFrame.LEFT;
    private static final double RIGHT = ChartFrame.RIGHT;
    private static final double TOP = ChartFrame.TOP;
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
        double limit = whiskerLimit(overheads, targetPercent);
        List<Double> extent = new ArrayList<>();
        extent.add(targetPercent);
        for (Overhead o : overheads) {
            extent.add(o.overheadPercent());
            extent.add(clip(o.overheadCiLow(), limit));
            extent.add(clip(o.overheadCiHigh(), limit));
        }
        ChartScale scale = ChartScale.covering(extent, TOP, BOTTOM);
        Svg svg = new Svg(WIDTH, HEIGHT, "Decimal overhead over float per scenario, with "
                + "confidence intervals and the " + ReportFormat.target(targetPercent) + " target");
        ChartFrame frame = new ChartFrame(svg, WIDTH, scale);
        frame.percentAxis("overhead over float");
        frame.legend(modes);

        double groupWidth = (WIDTH - LEFT - RIGHT) / Math.max(1, scenarios.size());
        double barWidth = Math.min(56, groupWidth * 0.7 / Math.max(1, modes.size()));
        svg.group("bars");
        for (int s = 0; s < scenarios.size(); s++) {
            String scenario = scenarios.get(s);
            double groupLeft = LEFT + s * groupWidth + (groupWidth - barWidth * modes.size()) / 2;
            for (Overhead o : overheads) {
                if (o.scenario().equals(scenario)) {
                    double x = groupLeft + modes.indexOf(o.mode()) * barWidth;
                    int lane = modes.indexOf(o.mode());
                    bar(svg, scale, limit, o, x, barWidth * 0.9, lane, ModePalette.colour(lane));
                }
            }
            svg.text("scenario-label", LEFT + (s + 0.5) * groupWidth, BOTTOM + 20, "middle", scenario);
        }
        svg.endGroup();

        frame.targetLine(targetPercent);
        return svg.end();
    }

    /**
     * How far whiskers may reach: a CI from two noisy rounds can span thousands of percent and would flatten every
     * bar, so whiskers are cut at three times the largest point estimate or target (the table has the full CI).
     */
    static double whiskerLimit(List<Overhead> overheads, double targetPercent) {
        double largest = Math.abs(targetPercent);
        for (Overhead o : overheads) {
            if (o.overheadPercent() != null && Double.isFinite(o.overheadPercent())) {
                largest = Math.max(largest, Math.abs(o.overheadPercent()));
            }
        }
        return 1.5 * Math.max(largest, 10);
    }

    private static Double clip(Double v, double limit) {
        return v == null ? null : Math.max(-limit, Math.min(limit, v));
    }

    private static void bar(Svg svg, ChartScale scale, double limit, Overhead o, double x, double width, int lane,
                            String colour) {
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
            double yl = scale.y(clip(lo, limit));
            double yh = scale.y(clip(hi, limit));
            double cap = Math.min(8, width / 4);
            svg.group("whisker").line("whisker-range", centre, yl, centre, yh, "#222", 1.5, null);
            // A cut end gets no cap but its true bound as a label, so the cut cannot be mistaken for the CI.
            if (lo < -limit) {
                svg.text("whisker-clipped", centre, yl + 14, "middle", "to " + ReportFormat.percent(lo));
            } else {
                svg.line("whisker-cap", centre - cap, yl, centre + cap, yl, "#222", 1.5, null);
            }
            if (hi > limit) {
                // Neighbouring bars' labels are wider than a bar: every other mode's label sits a line higher.
                double rise = 14.0 * (lane % 2);
                svg.text("whisker-clipped", centre, yh - 5 - rise, "middle", "to " + ReportFormat.percent(hi));
                yh -= 14 + rise;
            } else {
                svg.line("whisker-cap", centre - cap, yh, centre + cap, yh, "#222", 1.5, null);
            }
            svg.endGroup();
            labelY = Math.min(labelY, yh - 5);
        }
        svg.text("value-label", centre, labelY, "middle", ReportFormat.percent(p));
    }

    private static List<String> distinct(List<String> names) {
        Set<String> seen = new LinkedHashSet<>(names);
        return List.copyOf(seen);
    }
}
