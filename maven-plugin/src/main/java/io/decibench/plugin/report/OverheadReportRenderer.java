package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.OverallOverhead;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.results.RunVerdict;
import io.decibench.plugin.results.Settings;
import io.decibench.plugin.stats.TargetVerdict;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Draws the Decibench report page through the Doxia Sink: summary, overhead table and chart, regressions,
 * exactness, allocation, environment, trend, recommendations and the commands that reproduce the page; or,
 * without results, a page explaining how to produce them. Every text goes through {@link Sink#text}; only the
 * charts, built and escaped by {@link Svg}, go through {@link Sink#rawText}.
 */
public class OverheadReportRenderer extends AbstractMavenReportRenderer {

    /** The page title (also the report's name under Project Reports). */
    public static final String TITLE = "Decibench overhead report";

    /** Regression verdicts from worst to best, for the at-a-glance summary. */
    private static final List<String> REGRESSION_SEVERITY = List.of("FAIL", "WARN", "INCONCLUSIVE", "PASS");

    private final ReportData data;

    public OverheadReportRenderer(Sink sink, ReportData data) {
        super(sink);
        this.data = data;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        startSection(TITLE, "decibench-report");
        if (!data.problems().isEmpty()) {
            renderProblems();
        }
        if (!data.hasResults()) {
            renderNoResults();
        } else {
            BenchmarkResults r = data.results();
            renderSummary(r);
            renderOverheads(r);
            renderRegressions();
            renderExactness(r);
            renderAllocation(r);
            renderEnvironment(r);
            renderTrend(r);
            renderRecommendations();
            renderReproduce(r);
        }
        endSection();
    }

    private void renderProblems() {
        startSection("Problems reading the inputs", "problems");
        sink.list();
        for (String problem : data.problems()) {
            listItem(problem);
        }
        sink.list_();
        endSection();
    }

    private void renderNoResults() {
        startSection("No benchmark results yet", "no-results");
        paragraph("There are no usable benchmark results at " + data.resultsFile() + ", so there is nothing to "
                + "report yet. The results are written by the plugin's benchmark goal: bind setup-bundles, "
                + "benchmark and check in your pom (see the plugin's quickstart) and run");
        verbatim("mvn verify\nmvn site");
        paragraph("or, without changing the pom:");
        verbatim("mvn decibench:setup-bundles decibench:benchmark\nmvn decibench:report");
        paragraph("For a first look in a few minutes add -Ddecibench.quick=true to the benchmark run.");
        endSection();
    }

    private void renderSummary(BenchmarkResults r) {
        startSection("Summary", "summary");
        double target = target(r);
        RunVerdict verdict = r.verdict();
        sink.paragraph();
        sink.bold();
        sink.text("Target verdict: ");
        verdictOrText(verdict == null || verdict.verdict() == null ? "none" : verdict.verdict().name());
        sink.bold_();
        if (verdict == null || verdict.mode() == null) {
            sink.text(" — no decimal mode was measured against float, so there is no overhead to judge.");
        } else {
            Optional<OverallOverhead> overall = r.overall(verdict.mode());
            sink.text(" — " + verdict.mode() + " is the cheapest exact option: overall overhead "
                    + overall.map(o -> ReportFormat.percent(o.overheadPercent()) + " "
                    + ReportFormat.percentCi(o.overheadCiLow(), o.overheadCiHigh())).orElse(ReportFormat.NONE)
                    + " against the " + ReportFormat.target(target) + " target (95% confidence).");
        }
        sink.paragraph_();

        sink.paragraph();
        sink.bold();
        sink.text("Regression verdict: ");
        verdictOrText(regressionVerdict());
        sink.bold_();
        textWithCode(" — " + regressionSummary());
        sink.paragraph_();

        if (!r.overall().isEmpty()) {
            startTable();
            headerRow("decimal mode", "overall overhead", "95% CI", "target", "verdict");
            for (OverallOverhead o : r.overall()) {
                row(o.mode(), ReportFormat.percent(o.overheadPercent()),
                        ReportFormat.percentCi(o.overheadCiLow(), o.overheadCiHigh()), ReportFormat.target(target),
                        verdictText(o.verdict()));
            }
            endTable();
            paragraph("Overall overhead: geometric mean over the scenarios of the per-scenario time ratios "
                    + "(decimal mode / float, paired by round), minus one.");
        }
        endSection();
    }

    private void renderOverheads(BenchmarkResults r) {
        startSection("Overhead per scenario", "overhead");
        paragraph("Mean time per backtest over fork means with its 95% confidence interval; overhead of each decimal "
                + "mode over float from fork means paired by round. MET: the whole interval is below the target; "
                + "MISSED: entirely above; INCONCLUSIVE: it straddles the target.");
        startTable();
        headerRow("scenario", "mode", "status", "mean ± CI", "overhead", "95% CI", "target", "verdict");
        List<String> reasons = new java.util.ArrayList<>();
        for (ModeResult m : r.results()) {
            String status = m.status() == null ? ReportFormat.NONE : m.status().label();
            if (!m.isOk() && m.reason() != null) {
                // Reasons are long (they carry the fix): listed under the table, not squeezed into a cell.
                status += " (" + (reasons.size() + 1) + ")";
                reasons.add("(" + (reasons.size() + 1) + ") " + m.scenario() + " / " + m.mode() + ": " + m.reason());
            }
            String time = m.isOk()
                    ? ReportFormat.time(m.mean(), null) + ReportFormat.plusMinus(m.mean(), m.ciLow(), m.ciHigh())
                    + (m.unit() == null ? "" : " " + m.unit())
                    : ReportFormat.NONE;
            if ("float".equals(m.mode())) {
                row(m.scenario(), m.mode(), status, time, "baseline", "", "", "");
            } else {
                Optional<Overhead> o = r.overhead(m.scenario(), m.mode());
                row(m.scenario(), m.mode(), status, time,
                        o.map(x -> ReportFormat.percent(x.overheadPercent())).orElse(ReportFormat.NONE),
                        o.map(x -> ReportFormat.percentCi(x.overheadCiLow(), x.overheadCiHigh())).orElse(""),
                        o.map(x -> ReportFormat.target(x.targetPercent())).orElse(""),
                        o.map(x -> verdictText(x.verdict())).orElse(""));
            }
        }
        endTable();
        reasons.forEach(this::paragraph);
        if (!r.overheads().isEmpty()) {
            chart(OverheadChart.svg(r.overheads(), target(r)), "overhead-chart",
                    "Overhead over float per scenario: bars are the point estimates, whiskers the 95% confidence "
                            + "intervals, the dashed line the target.");
        }
        endSection();
    }

    private void renderRegressions() {
        startSection("Regressions against the baselines", "regressions");
        if (data.checkRan() && !data.regressions().isEmpty()) {
            paragraph("From check-results.json: change = current / baseline - 1 with its confidence interval, each row's "
                    + "share of the run's error budget (see the Verdicts page). The overhead ratio is gated on every "
                    + "machine, the time only on the baseline's machine.");
            startTable();
            headerRow("scenario", "mode", "metric", "baseline", "current", "change", "CI", "verdict", "note");
            for (RegressionRow x : data.regressions()) {
                String unit = x.unit() == null ? "" : " " + x.unit();
                row(x.scenario(), x.mode(), x.metric(), number(x.baseline()) + unit, number(x.current()) + unit,
                        fraction(x.change()), fractionCi(x.changeCiLow(), x.changeCiHigh()),
                        x.verdict() == null ? ReportFormat.NONE : x.verdict(), x.note());
            }
            endTable();
        } else if (data.checkRan()) {
            paragraph("The check goal ran but compared no rows against baselines.");
        } else if (data.baselinesExist()) {
            paragraph("Baselines exist (" + data.baselineFile() + ") but the check goal has not run since the "
                    + "benchmark. Run `mvn verify` (or `mvn decibench:check`) to compare this run with them.");
        } else {
            paragraph("No baselines yet, so regressions are not checked. Record the current run with "
                    + "`mvn decibench:baseline` and commit the baselines file.");
        }
        endSection();
    }

    private void renderExactness(BenchmarkResults r) {
        startSection("Exactness", "exactness");
        if (r.exactness().isEmpty()) {
            paragraph("No exactness run was recorded.");
            endSection();
            return;
        }
        paragraph("One plain run per mode and scenario: the decimal modes must agree bit for bit; float's drift is "
                + "how far its double ledger ends from the exact one, in currency units.");
        startTable();
        headerRow("scenario", "final value per mode", "decimal modes agree", "float drift (final)",
                "float drift (max over sessions)", "float within tolerance");
        for (Exactness e : r.exactness()) {
            String finals = e.finalValue().entrySet().stream()
                    .map(v -> v.getKey() + " " + ReportFormat.decimal(v.getValue()))
                    .collect(Collectors.joining("; "));
            row(e.scenario(), finals, e.decimalModesAgree() ? "yes" : "NO", ReportFormat.decimal(e.floatDriftFinal()),
                    ReportFormat.decimal(e.floatDriftMaxSession()),
                    e.floatWithinTolerance() == null ? ReportFormat.NONE : e.floatWithinTolerance() ? "yes" : "NO");
        }
        endTable();
        endSection();
    }

    private void renderAllocation(BenchmarkResults r) {
        startSection("Allocation", "allocation");
        paragraph("Bytes allocated per backtest (JMH gc.alloc.rate.norm, mean over forks).");
        startTable();
        headerRow("scenario", "mode", "allocation", "vs float");
        for (ModeResult m : r.results()) {
            if (!m.isOk()) {
                continue;
            }
            Double base = r.result(m.scenario(), "float").map(ModeResult::allocBytesPerOp).orElse(null);
            String factor = m.allocBytesPerOp() == null || base == null || base <= 0 || "float".equals(m.mode())
                    ? "" : ReportFormat.significant(m.allocBytesPerOp() / base) + " ×";
            row(m.scenario(), m.mode(), ReportFormat.bytes(m.allocBytesPerOp()), factor);
        }
        endTable();
        endSection();
    }

    private void renderEnvironment(BenchmarkResults r) {
        startSection("Environment", "environment");
        paragraph("Times are comparable only between runs on the same machine fingerprint; overhead ratios travel "
                + "better, which is why the gate compares them everywhere.");
        startTable();
        row("run finished (UTC)", r.timestamp() == null ? ReportFormat.NONE : r.timestamp().toString());
        row("git commit", orNone(r.gitCommit()));
        Fingerprint f = r.fingerprint();
        if (f != null) {
            row("machine fingerprint", orNone(f.id()));
            row("CPU", orNone(f.cpuModel()) + ", " + f.cores() + " cores");
            row("OS", orNone(f.os()) + " (" + orNone(f.arch()) + ")");
            row("JDK", orNone(f.jdkVendor()) + " " + orNone(f.jdkVersion()));
            row("fork JVM arguments", f.jvmArgs().isEmpty() ? ReportFormat.NONE : String.join(" ", f.jvmArgs()));
        }
        Settings s = r.settings();
        if (s != null) {
            row("scenarios", String.join(", ", s.scenarios()));
            row("modes", String.join(", ", s.modes()));
            row("rounds (forks per scenario x mode)", Integer.toString(s.runs()));
            row("warm-up per fork", s.warmupIterations() + " x " + s.warmupTime());
            row("measurement per fork", s.iterations() + " x " + s.iterationTime());
            row("fork order", orNone(s.order()));
            row("confidence", ReportFormat.significant(s.confidence() * 100) + " %");
            row("target", ReportFormat.target(s.targetPercent()));
            row("quick preset", s.quick() ? "yes" : "no");
            row("fork timeout", s.forkTimeoutSeconds() + " s");
        }
        endTable();
        endSection();
    }

    private void renderTrend(BenchmarkResults r) {
        startSection("Trend", "trend");
        if (TrendChart.drawable(data.history())) {
            chart(TrendChart.svg(data.history(), target(r)), "trend-chart",
                    "Overall overhead per decimal mode over the last " + Math.min(TrendChart.MAX_RUNS,
                            data.history().size()) + " runs in the history (oldest left).");
        } else {
            paragraph("The trend chart appears once the history holds two runs or more (it holds "
                    + data.history().size() + "). Every benchmark run appends one line to history.jsonl.");
        }
        endSection();
    }

    private void renderRecommendations() {
        startSection("Recommendations", "recommendations");
        List<String> items = Recommendations.of(data);
        if (items.isEmpty()) {
            paragraph("Nothing to act on: the verdicts are clear and nothing regressed.");
        } else {
            sink.list();
            items.forEach(this::listItem);
            sink.list_();
        }
        endSection();
    }

    private void renderReproduce(BenchmarkResults r) {
        startSection("Reproduce this page", "reproduce");
        paragraph("From the project's root, with the plugin configured as for this run:");
        verbatim(String.join("\n", ReproduceCommands.of(r)));
        endSection();
    }

    // --- drawing helpers: every cell and paragraph goes through sink.text (escaped, no link patterns) ---

    private void chart(String svg, String cssClass, String caption) {
        sink.division(new SinkEventAttributeSet(SinkEventAttributeSet.CLASS, "decibench-chart " + cssClass));
        sink.rawText(svg);
        sink.division_();
        paragraph(caption);
    }

    private void headerRow(String... cells) {
        sink.tableRow();
        for (String c : cells) {
            sink.tableHeaderCell();
            sink.text(c);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private void row(String... cells) {
        sink.tableRow();
        for (String c : cells) {
            sink.tableCell();
            verdictOrText(c == null ? "" : c);
            sink.tableCell_();
        }
        sink.tableRow_();
    }

    /** A verdict as a coloured label (the skin's Bootstrap classes), any other text as plain text. */
    private void verdictOrText(String text) {
        String css = switch (text) {
            case "MET", "PASS" -> "label label-success";
            case "MISSED", "FAIL" -> "label label-important";
            case "INCONCLUSIVE", "WARN" -> "label label-warning";
            default -> null;
        };
        if (css == null) {
            sink.text(text);
            return;
        }
        // Doxia's XHTML5 sink drops a class on inline text, so the span is raw markup: a fixed class from the
        // switch above, never data; the verdict itself still goes through text().
        sink.rawText("<span class=\"" + css + "\">");
        sink.text(text);
        sink.rawText("</span>");
    }

    private void listItem(String text) {
        sink.listItem();
        textWithCode(text);
        sink.listItem_();
    }

    @Override
    protected void paragraph(String text) {
        sink.paragraph();
        textWithCode(text);
        sink.paragraph_();
    }

    /** Text in which `backticked` spans (commands, file names, as in overhead-report.md) are set in monospace. */
    private void textWithCode(String text) {
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            // An unpaired trailing backtick leaves an odd count: its text stays plain.
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (code) {
                sink.monospaced();
            }
            sink.text(parts[i]);
            if (code) {
                sink.monospaced_();
            }
        }
    }

    private void verbatim(String text) {
        sink.verbatim();
        sink.text(text);
        sink.verbatim_();
    }

    private String regressionVerdict() {
        if (!data.checkRan()) {
            return data.baselinesExist() ? "not checked" : "no baselines";
        }
        for (String v : REGRESSION_SEVERITY) {
            if (data.regressions().stream().anyMatch(x -> v.equals(x.verdict()))) {
                return v;
            }
        }
        return "nothing compared";
    }

    private String regressionSummary() {
        if (!data.checkRan()) {
            return data.baselinesExist()
                    ? "baselines exist but check has not run: `mvn verify` or `mvn decibench:check`."
                    : "record baselines with `mvn decibench:baseline` to gate regressions.";
        }
        if (data.regressions().isEmpty()) {
            return "check ran without baselines, so only the target was gated; record them with"
                    + " `mvn decibench:baseline`.";
        }
        Map<String, Long> counts = data.regressions().stream().collect(Collectors.groupingBy(
                x -> x.verdict() == null ? "unknown" : x.verdict(), java.util.LinkedHashMap::new,
                Collectors.counting()));
        return data.regressions().size() + " rows compared with the baselines ("
                + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ").";
    }

    private static double target(BenchmarkResults r) {
        return r.settings() == null ? 30.0 : r.settings().targetPercent();
    }

    private static String verdictText(TargetVerdict v) {
        return v == null ? ReportFormat.NONE : v.name();
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? ReportFormat.NONE : s;
    }

    private static String number(Double v) {
        return v == null ? ReportFormat.NONE : ReportFormat.significant(v);
    }

    private static String fraction(Double f) {
        return f == null ? ReportFormat.NONE : ReportFormat.percent(f * 100);
    }

    private static String fractionCi(Double low, Double high) {
        return low == null || high == null ? ReportFormat.NONE : ReportFormat.percentCi(low * 100, high * 100);
    }
}
