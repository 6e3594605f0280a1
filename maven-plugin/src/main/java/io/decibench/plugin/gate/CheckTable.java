package io.decibench.plugin.gate;

import io.decibench.plugin.markdown.MarkdownTable;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.OverallOverhead;
import io.decibench.plugin.results.Overhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check's tables as text: the regression rows and the target verdicts, drawn from the same cells as an aligned
 * plain-text table (build log, JUnit system-out) or as Markdown (GitHub step summary).
 */
public final class CheckTable {

    static final List<String> REGRESSION_HEADER =
            List.of("scenario", "mode", "metric", "baseline", "current", "change [CI]", "verdict");
    static final List<String> TARGET_HEADER = List.of("scenario", "mode", "overhead [95% CI]", "target", "verdict");

    private CheckTable() {
    }

    /** The aligned plain-text rendering: regression table (or how to create baselines), then the target table. */
    public static String text(CheckOutcome outcome) {
        StringBuilder out = new StringBuilder();
        if (outcome.baselinesPresent()) {
            out.append(regressionTitle(outcome)).append(":\n");
            preamble(outcome).forEach(line -> out.append("  ").append(line).append('\n'));
            aligned(out, REGRESSION_HEADER, regressionCells(outcome.rows()));
        } else {
            out.append(noBaselinesMessage()).append('\n');
        }
        out.append("Target verdicts:\n");
        aligned(out, TARGET_HEADER, targetCells(outcome.results()));
        out.append(runVerdictLine(outcome.results())).append('\n');
        return out.toString();
    }

    /** The same content as Markdown, for a GitHub job summary. */
    public static String markdown(CheckOutcome outcome) {
        StringBuilder out = new StringBuilder("## Decibench check\n\n");
        if (outcome.baselinesPresent()) {
            out.append(regressionTitle(outcome)).append(".\n\n");
            preamble(outcome).forEach(line -> out.append(line).append("\n\n"));
            markdownTable(out, REGRESSION_HEADER, regressionCells(outcome.rows()));
        } else {
            out.append(noBaselinesMessage()).append("\n\n");
        }
        markdownTable(out, TARGET_HEADER, targetCells(outcome.results()));
        out.append("**").append(runVerdictLine(outcome.results())).append("**\n");
        return out.toString();
    }

    /** E.g. {@code Regression check (warn 5%, fail 20%, alloc tolerance 10%; 27 gated rows, 3 baseline sessions)}. */
    static String regressionTitle(CheckOutcome outcome) {
        return "Regression check (warn " + percent(outcome.thresholds().warn()) + ", fail "
                + percent(outcome.thresholds().fail()) + ", alloc tolerance "
                + percent(outcome.thresholds().allocTolerance()) + "; " + outcome.gatedRows() + " gated row"
                + (outcome.gatedRows() == 1 ? "" : "s") + ", " + outcome.baselineSessions() + " baseline session"
                + (outcome.baselineSessions() == 1 ? "" : "s") + ")";
    }

    /** What the rows were judged under: the error budget, a slowdown, contention, why nothing was compared. */
    static List<String> preamble(CheckOutcome outcome) {
        List<String> lines = new ArrayList<>();
        if (outcome.notComparedWhy() != null) {
            lines.add(outcome.notComparedWhy());
        } else if (outcome.gatedRows() > 0) {
            lines.add("Each interval is the row's share of the run's error budget (Bonferroni over the "
                    + outcome.gatedRows() + " gated rows): a run of unchanged code FAILs in at most "
                    + percent(ErrorBudget.FAIL_RATE) + " and WARNs in at most " + percent(ErrorBudget.WARN_RATE)
                    + " of runs.");
        }
        if (outcome.results().settings().slowed()) {
            lines.add("Injected slowdown (decibench.slowdown): " + outcome.results().settings().slowdown().entrySet()
                    .stream().map(e -> e.getKey() + " +" + number(e.getValue() * 100) + "%").toList()
                    + " more CPU work per operation: this run is a regression on purpose (calibration and tests).");
        }
        if (outcome.contended()) {
            lines.add(outcome.contendedForks() + " fork(s) stayed contended after a re-run (other processes used the"
                    + " CPU): their rows are not judged and no row FAILs or WARNs. Re-run on a quiet machine.");
        } else if (outcome.rerunForks() > 0) {
            lines.add(outcome.rerunForks() + " contended fork(s) were re-run on a calm machine.");
        }
        return lines;
    }

    static String noBaselinesMessage() {
        return "No baselines: only the overhead target is checked. Create baselines from these results with "
                + "`mvn decibench:baseline` and commit the file.";
    }

    /** One line naming the run's target verdict, its mode and the target. */
    public static String runVerdictLine(BenchmarkResults results) {
        if (results.verdict() == null) {
            return "Run verdict: none (no decimal mode was measured)";
        }
        return "Run verdict: " + results.verdict().verdict() + " (" + results.verdict().mode()
                + ", the cheapest exact mode, against the " + number(results.settings().targetPercent())
                + "% target)";
    }

    /** The FAIL rows in one line, e.g. {@code daily decimal time +100.0% [+95.4%, +104.7%]; ...}. */
    public static String failureSummary(CheckOutcome outcome) {
        List<String> parts = new ArrayList<>();
        for (GateRow r : outcome.failures()) {
            parts.add(r.scenario() + " " + r.mode() + " " + r.metric() + " " + change(r));
        }
        return String.join("; ", parts);
    }

    /** A fraction as a whole or short percentage, e.g. {@code 5%} or {@code 0.5%}. */
    public static String percent(double fraction) {
        return new java.math.BigDecimal(fraction * 100).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString() + "%";
    }

    static List<List<String>> regressionCells(List<GateRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (GateRow r : rows) {
            cells.add(List.of(r.scenario(), r.mode(), r.metric(), GateFormat.value(r.baseline(), r.unit()),
                    GateFormat.value(r.current(), r.unit()), change(r), verdict(r)));
        }
        return cells;
    }

    static List<List<String>> targetCells(BenchmarkResults results) {
        String target = number(results.settings().targetPercent()) + "%";
        List<List<String>> cells = new ArrayList<>();
        for (Overhead o : results.overheads()) {
            cells.add(List.of(o.scenario(), o.mode(),
                    overhead(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh()), target,
                    String.valueOf(o.verdict())));
        }
        for (OverallOverhead o : results.overall()) {
            cells.add(List.of("overall", o.mode(), overhead(o.overheadPercent(), o.overheadCiLow(),
                    o.overheadCiHigh()), target, String.valueOf(o.verdict())));
        }
        return cells;
    }

    private static String verdict(GateRow r) {
        if (r.verdict() == Verdict.NOT_COMPARED) {
            return r.note();
        }
        return r.note() == null ? r.verdict().name() : r.verdict().name() + " (" + r.note() + ")";
    }

    private static String change(GateRow r) {
        if (r.change() == null) {
            return "-";
        }
        return interval(r.change(), r.changeCiLow(), r.changeCiHigh());
    }

    /** A change with its interval, e.g. {@code +4.2% [+1.0%, +7.5%]}; the change alone without an interval. */
    static String changeText(Change c) {
        return c.hasCi() ? interval(c.change(), c.ciLow(), c.ciHigh()) : GateFormat.signedPercent(c.change());
    }

    private static String interval(double change, Double low, Double high) {
        String c = GateFormat.signedPercent(change);
        if (low == null || high == null) {
            return c;
        }
        return c + " [" + GateFormat.signedPercent(low) + ", " + GateFormat.signedPercent(high) + "]";
    }

    private static String overhead(Double pct, Double lo, Double hi) {
        if (pct == null) {
            return "-";
        }
        String p = String.format(Locale.ROOT, "%+.1f%%", pct);
        return lo == null ? p : p + String.format(Locale.ROOT, " [%+.1f%%, %+.1f%%]", lo, hi);
    }

    /** Up to 4 significant decimals, no trailing zeros noise for whole numbers. */
    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.4g", v);
    }

    private static void aligned(StringBuilder out, List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), width[i] + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static void markdownTable(StringBuilder out, List<String> header, List<List<String>> rows) {
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        rows.forEach(r -> table.row(r.toArray(String[]::new)));
        table.appendTo(out);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
