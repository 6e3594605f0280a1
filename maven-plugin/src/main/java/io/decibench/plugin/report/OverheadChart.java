package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.view.Format;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report's overhead chart as inline SVG: per scenario one bar per exact mode (the end-to-end overhead over
 * float, the figure the target verdict judges) on the log-ratio axis, its confidence interval as a whisker, and the
 * target as a dashed line. Drawn from the same {@link Overhead} rows as the overhead table, so chart and table cannot
 * disagree. Whiskers are never cut unless they reach past {@link RatioAxis#LIMIT}, and then the cut end is an arrow
 * with the true bound as a label; value labels sit at their bar's end, laid out so they never overlap each other, a
 * whisker or the target line (whose own label sits in the margin right of the plot).
 */
public final class OverheadChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    private static final double LEFT = ChartFrame.LEFT;
    private static final double TOP = ChartFrame.TOP;
    private static final double BOTTOM = HEIGHT - 48.0;
    private static final double PAD = 20;

    private OverheadChart() {
    }

    /** One bar and what is drawn with it, positioned before anything is written. */
    private record Bar(Overhead o, double x, double width, String colour, Double y, Double whiskerLow,
                       Double whiskerHigh, boolean lowCut, boolean highCut) {
        double centre() {
            return x + width / 2;
        }
    }

    /** A text and where it goes. */
    private record Label(String cssClass, double x, double y, String text) {
    }

    /** The chart of the run's overheads against its target. */
    public static String svg(BenchmarkResults r) {
        double target = r.settings() == null ? 30.0 : r.settings().targetPercent();
        return svg(r.overheads(), target, r.modeNames());
    }

    /**
     * The SVG document for {@code overheads} (in their order: scenarios and modes appear as they first occur)
     * against {@code targetPercent}; {@code modeOrder} fixes each mode's colour. A row without an end-to-end figure
     * is labelled with {@link Format#MISSING} instead of a bar.
     */
    public static String svg(List<Overhead> overheads, double targetPercent, List<String> modeOrder) {
        List<String> scenarios = distinct(overheads.stream().map(Overhead::scenario).toList());
        List<String> modes = distinct(overheads.stream().map(Overhead::mode).toList());
        List<Double> extent = new ArrayList<>();
        extent.add(targetPercent);
        for (Overhead o : overheads) {
            extent.add(o.overheadPercent());
            extent.add(o.overheadCiLow());
            extent.add(o.overheadCiHigh());
        }
        RatioAxis axis = RatioAxis.covering(extent, TOP, BOTTOM, PAD);
        double plotRight = ChartFrame.plotRight(WIDTH);
        double zero = axis.y(0);

        // Pass 1: positions of bars, whiskers and labels.
        double groupWidth = (plotRight - LEFT) / Math.max(1, scenarios.size());
        double barWidth = Math.min(56, groupWidth * 0.8 / Math.max(1, modes.size()));
        List<Bar> bars = new ArrayList<>();
        LabelLayout layout = new LabelLayout();
        double targetY = axis.y(targetPercent);
        layout.block(new LabelLayout.Box(LEFT, targetY - 3, plotRight, targetY + 3));
        for (int s = 0; s < scenarios.size(); s++) {
            double groupLeft = LEFT + s * groupWidth + (groupWidth - barWidth * modes.size()) / 2;
            for (Overhead o : overheads) {
                if (!o.scenario().equals(scenarios.get(s))) {
                    continue;
                }
                double x = groupLeft + modes.indexOf(o.mode()) * barWidth;
                Bar bar = bar(o, axis, x + barWidth * 0.05, barWidth * 0.9, ModePalette.colour(o.mode(), modeOrder));
                bars.add(bar);
                // Bars do not block labels: a label wider than its bar may reach over a neighbour, on a white
                // halo; it stays at its own bar's end, so it is never mistaken for the neighbour's.
                if (bar.whiskerLow() != null) {
                    layout.block(new LabelLayout.Box(bar.centre() - 5, bar.whiskerHigh() - 1, bar.centre() + 5,
                            bar.whiskerLow() + 1));
                }
            }
        }
        List<Label> labels = new ArrayList<>();
        for (Bar b : bars) {
            labels.addAll(labels(b, axis, layout, zero));
        }
        // Room for a legend of several rows, and for labels that rose above the plot.
        double legendExtra = ChartFrame.legendExtra(ChartFrame.legendRows(modes, WIDTH));
        double dy = Math.max(legendExtra, ChartFrame.LEGEND_BOTTOM + legendExtra + 2 - layout.top());
        double extraBottom = Math.max(0, layout.bottom() - BOTTOM - 4);
        int height = (int) Math.ceil(HEIGHT + dy + extraBottom);

        // Pass 2: the document.
        Svg svg = new Svg(WIDTH, height, "End-to-end overhead over float per scenario and exact mode on a log"
                + " scale, with confidence intervals and the " + Format.threshold(targetPercent) + " target");
        ChartFrame frame = new ChartFrame(svg, WIDTH, axis);
        frame.legend(modes, modes.stream().map(m -> ModePalette.colour(m, modeOrder)).toList());
        svg.translated("plot", dy);
        frame.ratioAxis("overhead over float (log)");
        svg.group("bars");
        for (Bar b : bars) {
            draw(svg, b, zero);
        }
        svg.endGroup();
        frame.targetLine(targetPercent);
        svg.group("labels");
        for (Label l : labels) {
            svg.haloText(l.cssClass(), l.x(), l.y(), "middle", l.text());
        }
        for (int s = 0; s < scenarios.size(); s++) {
            svg.text("scenario-label", LEFT + (s + 0.5) * groupWidth, BOTTOM + extraBottom + 22, "middle",
                    scenarios.get(s));
        }
        svg.endGroup();
        svg.endGroup();
        return svg.end();
    }

    private static Bar bar(Overhead o, RatioAxis axis, double x, double width, String colour) {
        Double p = finite(o.overheadPercent());
        Double lo = finite(o.overheadCiLow());
        Double hi = finite(o.overheadCiHigh());
        if (p == null) {
            return new Bar(o, x, width, colour, null, null, null, false, false);
        }
        boolean ci = lo != null && hi != null;
        return new Bar(o, x, width, colour, axis.y(p), ci ? axis.y(lo) : null, ci ? axis.y(hi) : null,
                ci && axis.isCut(lo), ci && axis.isCut(hi));
    }

    /** The value label (and the true bound of a cut whisker), placed away from the bar's zero line. */
    private static List<Label> labels(Bar b, RatioAxis axis, LabelLayout layout, double zero) {
        List<Label> out = new ArrayList<>();
        if (b.y() == null) {
            String text = Format.MISSING;
            out.add(new Label("na-label", b.centre(), layout.place(b.centre(), zero - 4, text, true), text));
            return out;
        }
        boolean up = b.o().overheadPercent() >= 0;
        double end = b.whiskerLow() == null ? b.y() : up ? Math.min(b.y(), b.whiskerHigh())
                : Math.max(b.y(), b.whiskerLow());
        if (up && b.highCut() || !up && b.lowCut()) {
            String cut = "CI to " + Format.percent(up ? b.o().overheadCiHigh() : b.o().overheadCiLow());
            double at = layout.place(b.centre(), up ? end - 10 : end + 20, cut, up);
            out.add(new Label("whisker-cut-label", b.centre(), at, cut));
            end = up ? at - LabelLayout.LINE : at;
        }
        String text = Format.percent(b.o().overheadPercent());
        double y = layout.place(b.centre(), up ? end - 4 : end + LabelLayout.LINE, text, up);
        out.add(new Label("value-label", b.centre(), y, text));
        // The other whisker end can be cut too (an interval wider than the axis both ways).
        if (up && b.lowCut() || !up && b.highCut()) {
            String cut = "CI to " + Format.percent(up ? b.o().overheadCiLow() : b.o().overheadCiHigh());
            double from = up ? b.whiskerLow() + 20 : b.whiskerHigh() - 10;
            out.add(new Label("whisker-cut-label", b.centre(), layout.place(b.centre(), from, cut, !up), cut));
        }
        return out;
    }

    private static void draw(Svg svg, Bar b, double zero) {
        if (b.y() == null) {
            return;
        }
        Overhead o = b.o();
        String tooltip = String.format(Locale.ROOT, "%s, %s: %s end to end, CI %s, %s", o.scenario(), o.mode(),
                Format.percent(o.overheadPercent()), Format.percentInterval(o.overheadCiLow(), o.overheadCiHigh()),
                o.verdict() == null ? "no verdict" : o.verdict().name());
        svg.rect("bar", b.x(), Math.min(b.y(), zero), b.width(), Math.max(1, Math.abs(zero - b.y())), b.colour(),
                tooltip);
        if (b.whiskerLow() == null) {
            return;
        }
        double c = b.centre();
        double cap = Math.min(8, b.width() / 4);
        svg.group("whisker").line("whisker-range", c, b.whiskerLow(), c, b.whiskerHigh(), "#222", 1.5, null);
        end(svg, c, b.whiskerLow(), cap, b.lowCut(), false);
        end(svg, c, b.whiskerHigh(), cap, b.highCut(), true);
        svg.endGroup();
    }

    /** A whisker's cap, or an arrowhead where the whisker is cut at the axis edge. */
    private static void end(Svg svg, double x, double y, double cap, boolean cut, boolean up) {
        if (cut) {
            double tip = up ? y - 6 : y + 6;
            svg.polygon("whisker-cut", new double[] {x - 5, y, x + 5, y, x, tip}, "#222");
        } else {
            svg.line("whisker-cap", x - cap, y, x + cap, y, "#222", 1.5, null);
        }
    }

    private static Double finite(Double v) {
        return v != null && Double.isFinite(v) ? v : null;
    }

    private static List<String> distinct(List<String> names) {
        Set<String> seen = new LinkedHashSet<>(names);
        return List.copyOf(seen);
    }
}
