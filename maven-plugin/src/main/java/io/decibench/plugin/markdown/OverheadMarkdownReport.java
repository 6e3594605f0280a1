package io.decibench.plugin.markdown;

import io.decibench.kernel.spi.Modes;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.OverallOverhead;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.results.Settings;
import io.decibench.plugin.stats.TargetVerdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders overhead-report.md: the run's verdicts, tables, exactness, environment and next steps as Markdown. */
public final class OverheadMarkdownReport {

    /** The file name under the results directory. */
    public static final String FILE_NAME = "overhead-report.md";

    private OverheadMarkdownReport() {
    }

    /** Renders the report and writes it atomically to {@code file} (UTF-8). */
    public static void write(Path file, BenchmarkResults r) throws IOException {
        AtomicFiles.write(file, render(r).getBytes(StandardCharsets.UTF_8));
    }

    /** The report for one run. */
    public static String render(BenchmarkResults r) {
        StringBuilder out = new StringBuilder();
        out.append("# Decibench overhead report\n\n");
        out.append("Run of ").append(r.timestamp()).append(" at commit ")
                .append(r.gitCommit() == null ? "(not a git repository)" : "`" + r.gitCommit() + "`")
                .append(" on machine `").append(r.fingerprint() == null ? "unknown" : r.fingerprint().id())
                .append("`.\n\n");
        summary(r, out);
        results(r, out);
        details(r, out);
        exactness(r, out);
        environment(r, out);
        out.append("## Recommendations\n\n");
        Recommendations.derive(r).forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    private static void summary(BenchmarkResults r, StringBuilder out) {
        out.append("## Executive summary\n\n");
        double target = r.settings().targetPercent();
        if (r.overall().isEmpty()) {
            out.append("No decimal mode was measured against `float`, so there is no overhead to judge.\n\n");
            return;
        }
        for (OverallOverhead o : r.overall()) {
            long scenarios = r.overheads().stream().filter(x -> x.mode().equals(o.mode())).count();
            out.append("- `").append(o.mode()).append("` ").append(verdictPhrase(o.verdict(), target))
                    .append(": overall overhead ")
                    .append(Numbers.percentWithCi(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh()))
                    .append(" (").append(ciLabel(r)).append(", geometric mean over ").append(scenarios)
                    .append(scenarios == 1 ? " scenario" : " scenarios").append(").\n");
        }
        if (r.verdict() != null) {
            out.append("\n**Run verdict: ").append(r.verdict().verdict()).append("** (`")
                    .append(r.verdict().mode()).append("`, the cheapest exact option).\n");
        }
        out.append('\n');
    }

    private static String verdictPhrase(TargetVerdict v, double target) {
        String t = Numbers.percent(target);
        return switch (v) {
            case MET -> "**meets** the " + t + " target";
            case MISSED -> "**does not meet** the " + t + " target";
            case INCONCLUSIVE -> "is **inconclusive** against the " + t + " target";
        };
    }

    private static String ciLabel(BenchmarkResults r) {
        return String.format(Locale.ROOT, "%.0f%% CI", r.settings().confidence() * 100);
    }

    private static void results(BenchmarkResults r, StringBuilder out) {
        out.append("## Results\n\n");
        String unit = r.results().stream().filter(ModeResult::isOk).map(ModeResult::unit).findFirst().orElse("ms/op");
        String ci = ciLabel(r).replace(" CI", "");
        MarkdownTable t = new MarkdownTable("scenario", "mode", "mean ± CI (" + unit + ")",
                "overhead % [" + ci + " CI]", "target", "verdict");
        String target = Numbers.percent(r.settings().targetPercent());
        for (ModeResult m : r.results()) {
            String time = m.isOk() ? meanWithCi(m) : m.status().label() + (m.reason() == null ? "" : ": " + m.reason());
            if (m.mode().equals(Modes.FLOAT)) {
                t.row(m.scenario(), m.mode(), time, m.isOk() ? "baseline" : "n/a", "-", "-");
                continue;
            }
            Optional<Overhead> o = r.overhead(m.scenario(), m.mode());
            t.row(m.scenario(), m.mode(), time,
                    o.map(x -> Numbers.percentWithCi(x.overheadPercent(), x.overheadCiLow(), x.overheadCiHigh()))
                            .orElse("n/a"),
                    o.isPresent() ? target : "-",
                    o.map(x -> x.verdict().name()).orElse("n/a"));
        }
        for (OverallOverhead o : r.overall()) {
            t.row("overall (geometric mean)", o.mode(), "-",
                    Numbers.percentWithCi(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh()), target,
                    o.verdict().name());
        }
        t.appendTo(out);
    }

    private static String meanWithCi(ModeResult m) {
        if (m.ciHigh() == null) {
            return Numbers.sig(m.mean()) + " (1 fork, no CI)";
        }
        return Numbers.plusMinus(m.mean(), (m.ciHigh() - m.ciLow()) / 2.0);
    }

    private static void details(BenchmarkResults r, StringBuilder out) {
        out.append("## Per-scenario details\n\n");
        for (String scenario : r.settings().scenarios()) {
            out.append("### ").append(scenario).append("\n\n");
            MarkdownTable t = new MarkdownTable("mode", "forks", "per-fork means", "median", "min", "max",
                    "pair ratios vs float", "alloc B/op");
            for (ModeResult m : r.results()) {
                if (!m.scenario().equals(scenario)) {
                    continue;
                }
                if (!m.isOk()) {
                    t.row(m.mode(), "0", m.status().label(), "-", "-", "-", "-", "-");
                    continue;
                }
                String ratios = r.overhead(scenario, m.mode())
                        .map(o -> o.pairRatios().stream().map(Numbers::ratio).collect(Collectors.joining(", ")))
                        .orElse(m.mode().equals(Modes.FLOAT) ? "1 (baseline)" : "-");
                t.row(m.mode(), Integer.toString(m.forkMeans().size()),
                        m.forkMeans().stream().map(Numbers::sig).collect(Collectors.joining(", ")) + " " + m.unit(),
                        Numbers.sig(m.median()), Numbers.sig(m.min()), Numbers.sig(m.max()), ratios,
                        m.allocBytesPerOp() == null ? "not measured" : Numbers.sig(m.allocBytesPerOp()));
            }
            t.appendTo(out);
        }
    }

    private static void exactness(BenchmarkResults r, StringBuilder out) {
        out.append("## Exactness\n\n");
        if (r.exactness().isEmpty()) {
            out.append("No exactness check was recorded for this run.\n\n");
            return;
        }
        out.append("One plain run per mode; drift is |float - exact| in currency units.\n\n");
        MarkdownTable t = new MarkdownTable("scenario", "float drift (final)", "float drift (max session)",
                "float within 1e-6", "decimal modes agree", "final value per mode", "session values SHA-256");
        for (Exactness e : r.exactness()) {
            t.row(e.scenario(), orNa(MoneyFormat.readable(e.floatDriftFinal())),
                    orNa(MoneyFormat.readable(e.floatDriftMaxSession())),
                    e.floatWithinTolerance() == null ? "n/a" : yesNo(e.floatWithinTolerance()),
                    yesNo(e.decimalModesAgree()), perMode(e.finalValue(), false), perMode(e.sessionValuesSha256(), true));
        }
        t.appendTo(out);
    }

    private static String perMode(Map<String, String> values, boolean hash) {
        List<String> parts = new ArrayList<>();
        values.forEach((mode, v) -> parts.add(mode + ": " + (hash && v != null && v.length() > 16
                ? v.substring(0, 16) + "…" : orNa(hash ? v : MoneyFormat.readable(v)))));
        return String.join("; ", parts);
    }

    private static void environment(BenchmarkResults r, StringBuilder out) {
        out.append("## Environment\n\n");
        Fingerprint f = r.fingerprint();
        if (f != null) {
            out.append("- Machine fingerprint: `").append(f.id()).append("` (times are comparable only between runs"
                    + " with the same fingerprint)\n");
            out.append("- CPU: ").append(f.cpuModel()).append(", ").append(f.cores()).append(" cores, ")
                    .append(f.arch()).append('\n');
            out.append("- OS: ").append(f.os()).append('\n');
            out.append("- JDK: ").append(f.jdkVendor()).append(' ').append(f.jdkVersion()).append('\n');
            out.append("- JVM arguments: ").append(f.jvmArgs().isEmpty() ? "(none)"
                    : "`" + String.join(" ", f.jvmArgs()) + "`").append('\n');
        }
        Settings s = r.settings();
        out.append("- Git commit: ").append(r.gitCommit() == null ? "none" : "`" + r.gitCommit() + "`").append('\n');
        out.append("- Run finished: ").append(r.timestamp()).append('\n');
        out.append("- Scenarios: ").append(String.join(", ", s.scenarios())).append("; modes: ")
                .append(String.join(", ", s.modes())).append('\n');
        out.append("- Runs (forks per mode): ").append(s.runs()).append(", order ").append(s.order())
                .append(s.quick() ? ", quick preset" : "").append('\n');
        out.append("- Warm-up: ").append(s.warmupIterations()).append(" x ").append(s.warmupTime())
                .append("; measurement: ").append(s.iterations()).append(" x ").append(s.iterationTime())
                .append("; fork timeout ").append(s.forkTimeoutSeconds()).append(" s\n");
        out.append("- Target: ").append(Numbers.percent(s.targetPercent())).append(" overhead; confidence ")
                .append(ciLabel(r)).append("\n\n");
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String orNa(String s) {
        return s == null ? "n/a" : s;
    }
}
