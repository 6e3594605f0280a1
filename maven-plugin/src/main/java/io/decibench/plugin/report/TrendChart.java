package io.decibench.plugin.report;

import io.decibench.plugin.results.HistoryEntry;
import io.decibench.plugin.view.Format;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report's trend chart as inline SVG: each exact mode's overall end-to-end overhead over the runs in
 * history.jsonl (one line per mode, one point per run, oldest left) on the same log-ratio axis as the overhead
 * chart, with the target as a dashed line.
 */
public final class TrendChart {

    /** Only the most recent runs are drawn, so the chart stays readable after months of CI runs. */
    static final int MAX_RUNS = 30;
    static final int WIDTH = 760;
    static final int HEIGHT = 300;
    private static final double LEFT = ChartFrame.LEFT;
    private static final double TOP = ChartFrame.TOP;
    private static final double BOTTOM = HEIGHT - 44.0;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private TrendChart() {
    }

    /** Whether {@code history} has enough runs for a trend (two or more). */
    public static boolean drawable(List<HistoryEntry> history) {
        return history.size() >= 2;
    }

    /**
     * The SVG document for the last {@link #MAX_RUNS} entries of {@code history} against {@code targetPercent};
     * {@code modeOrder} gives each mode the colour it has in the overhead chart.
     */
    public static String svg(List<HistoryEntry> history, double targetPercent, List<String> modeOrder) {
        List<HistoryEntry> runs = history.subList(Math.max(0, history.size() - MAX_RUNS), history.size());
        Set<String> modeSet = new LinkedHashSet<>();
        List<Double> extent = new ArrayList<>();
        extent.add(targetPercent);
        for (HistoryEntry run : runs) {
            for (HistoryEntry.OverheadPoint p : run.overall()) {
                modeSet.add(p.mode());
                extent.add(p.overheadPercent());
            }
        }
        List<String> modes = new ArrayList<>(modeOrder.stream().filter(modeSet::contains).toList());
        modeSet.stream().filter(m -> !modes.contains(m)).forEach(modes::add);
        RatioAxis axis = RatioAxis.covering(extent, TOP, BOTTOM, 12);

        double dy = ChartFrame.legendExtra(ChartFrame.legendRows(modes, WIDTH));
        Svg svg = new Svg(WIDTH, (int) Math.ceil(HEIGHT + dy), "Overall end-to-end overhead over float per exact mode"
                + " over the last " + runs.size() + " runs, log scale");
        ChartFrame frame = new ChartFrame(svg, WIDTH, axis);
        frame.legend(modes, modes.stream().map(m -> ModePalette.colour(m, modeOrder)).toList());
        svg.translated("plot", dy);
        frame.ratioAxis("overall overhead over float (log)");
        svg.group("runs");
        int labelEvery = Math.max(1, (int) Math.ceil(runs.size() / 8.0));
        for (int i = 0; i < runs.size(); i++) {
            // The last run's label only when it keeps a full label's distance from the one before.
            boolean last = i == runs.size() - 1 && (i % labelEvery) >= labelEvery / 2.0;
            if (i % labelEvery == 0 || last) {
                String when = runs.get(i).timestamp() == null ? "run " + (i + 1) : DATE.format(runs.get(i).timestamp());
                svg.text("run-label", x(i, runs.size()), BOTTOM + 18, "middle", when);
            }
        }
        svg.endGroup();
        frame.targetLine(targetPercent);
        for (String mode : modes) {
            series(svg, axis, runs, mode, ModePalette.colour(mode, modeOrder));
        }
        svg.endGroup();
        return svg.end();
    }

    private static void series(Svg svg, RatioAxis axis, List<HistoryEntry> runs, String mode, String colour) {
        svg.group("series");
        List<double[]> points = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            HistoryEntry run = runs.get(i);
            for (HistoryEntry.OverheadPoint p : run.overall()) {
                if (p.mode().equals(mode) && p.overheadPercent() != null && Double.isFinite(p.overheadPercent())) {
                    points.add(new double[] {x(i, runs.size()), axis.y(p.overheadPercent())});
                    tips.add(mode + ": " + Format.percentWithInterval(p.overheadPercent(), p.overheadCiLow(),
                            p.overheadCiHigh()) + (run.gitCommit() == null ? "" : " at " + shortCommit(run.gitCommit()))
                            + (run.timestamp() == null ? "" : ", " + Format.timestamp(run.timestamp())));
                }
            }
        }
        if (points.size() >= 2) {
            double[] xy = new double[points.size() * 2];
            for (int i = 0; i < points.size(); i++) {
                xy[2 * i] = points.get(i)[0];
                xy[2 * i + 1] = points.get(i)[1];
            }
            svg.polyline("trend-line", xy, colour);
        }
        for (int i = 0; i < points.size(); i++) {
            svg.circle("trend-point", points.get(i)[0], points.get(i)[1], 4, colour, tips.get(i));
        }
        svg.endGroup();
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - ChartFrame.RIGHT - 40;
        return LEFT + 20 + (count == 1 ? span / 2 : span * index / (count - 1));
    }

    static String shortCommit(String commit) {
        return commit.length() > 10 ? commit.substring(0, 10) : commit;
    }
}
