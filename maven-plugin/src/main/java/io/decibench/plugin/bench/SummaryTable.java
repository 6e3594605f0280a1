package io.decibench.plugin.bench;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.OverallOverhead;
import io.decibench.plugin.results.Overhead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary the benchmark goal prints: per scenario x mode the mean with its 95% CI, the overhead over float with
 * its CI and the target verdict, then the overall overhead per decimal mode and the run's verdict.
 */
public final class SummaryTable {

    private static final String ROW = "[decibench] %-10s %-15s %-24s %-26s %s";

    private SummaryTable() {
    }

    public static List<String> lines(BenchmarkResults r) {
        List<String> lines = new ArrayList<>();
        String target = fmt("%.0f%%", r.settings().targetPercent());
        lines.add(String.format(Locale.ROOT, ROW, "scenario", "mode", "mean ± CI", "overhead % [95% CI]",
                "target " + target + " verdict").stripTrailing());
        for (ModeResult m : r.results()) {
            String mean = m.isOk() ? meanWithCi(m) : m.status().label() + (m.reason() == null ? "" : ": see below");
            String overhead = "";
            String verdict = "";
            if (m.isOk() && !"float".equals(m.mode())) {
                Overhead o = r.overhead(m.scenario(), m.mode()).orElse(null);
                if (o != null) {
                    overhead = percentWithCi(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh());
                    verdict = o.verdict().name();
                }
            } else if (m.isOk()) {
                overhead = "(baseline)";
            }
            lines.add(String.format(Locale.ROOT, ROW, m.scenario(), m.mode(), mean, overhead, verdict).stripTrailing());
        }
        for (ModeResult m : r.results()) {
            if (!m.isOk() && m.reason() != null) {
                lines.add("[decibench] " + m.scenario() + " / " + m.mode() + " " + m.status().label() + ": " + m.reason());
            }
        }
        for (OverallOverhead o : r.overall()) {
            lines.add("[decibench] overall " + o.mode() + ": "
                    + percentWithCi(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh())
                    + " (geometric mean over scenarios), target " + target + ": " + o.verdict());
        }
        if (r.verdict() != null) {
            lines.add("[decibench] verdict: " + r.verdict().verdict() + " with " + r.verdict().mode()
                    + " (the cheapest exact option)");
        }
        return lines;
    }

    private static String meanWithCi(ModeResult m) {
        String half = m.ciLow() == null || m.ciHigh() == null ? "n/a" : fmt("%.3f", (m.ciHigh() - m.ciLow()) / 2);
        return fmt("%.3f", m.mean()) + " ± " + half + " " + m.unit();
    }

    private static String percentWithCi(Double p, Double lo, Double hi) {
        if (p == null) {
            return "n/a";
        }
        String ci = lo == null || hi == null ? "[CI n/a]" : fmt("[%+.1f, %+.1f]", lo, hi);
        return fmt("%+.1f%% ", p) + ci;
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
