package io.decibench.plugin.gate;

import io.decibench.plugin.report.VerdictText;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.OverallOverhead;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.results.ScenarioVerdict;
import io.decibench.plugin.view.Block.Cell;
import io.decibench.plugin.view.Document;
import io.decibench.plugin.view.Format;
import io.decibench.plugin.view.MarkdownRenderer;
import io.decibench.plugin.view.PlainTextRenderer;
import io.decibench.plugin.view.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The check's outcome as one document, led by its verdicts: the regression rows against the baselines (or how to
 * create them) and the target verdicts. Rendered as plain text for the build log and as Markdown for the GitHub step
 * summary; the rows go through {@link GateRowCells}.
 */
public final class CheckTable {

    /** The document's title (the step summary's heading). */
    public static final String TITLE = "Decibench check";

    private CheckTable() {
    }

    /** The plain-text rendering for the build log. */
    public static String text(CheckOutcome outcome) {
        return PlainTextRenderer.text(document(outcome, false));
    }

    /** The Markdown rendering for a GitHub job summary: a level-2 heading, then the verdicts first. */
    public static String markdown(CheckOutcome outcome) {
        return MarkdownRenderer.render(document(outcome, true), f -> null, 2);
    }

    /** The check as a document; {@code titled} keeps the title (the log has its own goal header). */
    public static Document document(CheckOutcome outcome, boolean titled) {
        BenchmarkResults results = outcome.results();
        Document.Builder doc = Document.builder();
        doc.paragraph(Text.builder().strong("Regression verdict: " + regressionVerdict(outcome)).plain(" · ")
                .strong(VerdictText.runLine(results).plain()).build());
        if (outcome.baselinesPresent()) {
            doc.paragraph(regressionTitle(outcome) + ": " + counts(outcome) + ".");
            preamble(outcome).forEach(doc::paragraph);
            Document.TableBuilder t = new Document.TableBuilder(GateRowCells.HEADER);
            outcome.rows().forEach(r -> t.row(GateRowCells.of(r).cells()));
            doc.table(t.build());
        } else {
            doc.paragraph(noBaselinesMessage());
        }
        doc.paragraph("Target verdicts (end to end against float, target " + VerdictText.target(results) + ", "
                + VerdictText.confidence(results) + " CI):");
        doc.table(targetTable(results));
        if (!results.scenarioVerdicts().isEmpty()) {
            Document.TableBuilder s = new Document.TableBuilder("scenario", "verdict", "why");
            for (ScenarioVerdict v : results.scenarioVerdicts()) {
                s.row(Cell.code(v.scenario()), Cell.verdict(VerdictText.word(v.verdict()),
                        VerdictText.tone(v.verdict())), Cell.of(VerdictText.scenarioReason(results, v)));
            }
            doc.table(s.build());
        }
        return doc.build(titled ? TITLE : "");
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
                    .stream().map(e -> e.getKey() + " " + Format.fraction(e.getValue())).toList()
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

    /** A change with its interval, e.g. {@code +4.2% [+1.0%, +7.5%]}; the change alone without an interval. */
    static String changeText(Change c) {
        return c.hasCi() ? Format.fractionWithInterval(c.change(), c.ciLow(), c.ciHigh()) : Format.fraction(c.change());
    }

    static Text noBaselinesMessage() {
        return Text.builder().plain("No baselines: only the overhead target is checked. Create baselines from these"
                + " results with ").code("mvn decibench:baseline").plain(" and commit the file.").build();
    }

    /** One line naming the run's target verdict and why. */
    public static String runVerdictLine(BenchmarkResults results) {
        return PlainTextRenderer.text(Document.builder().paragraph(VerdictText.runLine(results)).build("")).strip();
    }

    /** The FAIL rows in one line, e.g. {@code daily decimal time +100.0% [+95.4%, +104.7%]; ...}. */
    public static String failureSummary(CheckOutcome outcome) {
        List<String> parts = new ArrayList<>();
        for (GateRow r : outcome.failures()) {
            GateRowCells c = GateRowCells.of(r);
            parts.add(c.scenario() + " " + c.mode() + " " + c.metric() + " " + c.change());
        }
        return String.join("; ", parts);
    }

    /** A threshold fraction as a percentage, e.g. {@code 5%} or {@code 0.5%}. */
    public static String percent(double fraction) {
        return Format.thresholdFraction(fraction);
    }

    /** The worst verdict among the rows ({@code no baselines} or {@code nothing compared} when there is none). */
    public static String regressionVerdict(CheckOutcome outcome) {
        if (!outcome.baselinesPresent()) {
            return "no baselines";
        }
        for (Verdict v : Verdict.BY_SEVERITY) {
            if (v != Verdict.NOT_COMPARED && outcome.count(v) > 0) {
                return v.name();
            }
        }
        return "nothing compared";
    }

    /** How many rows have each verdict, worst first, e.g. {@code 1 FAIL, 13 PASS}. */
    static String counts(CheckOutcome outcome) {
        Map<Integer, String> parts = new TreeMap<>();
        for (Verdict v : Verdict.BY_SEVERITY) {
            long n = outcome.count(v);
            if (n > 0) {
                parts.put(Verdict.BY_SEVERITY.indexOf(v), n + " " + v.name());
            }
        }
        return parts.isEmpty() ? "no rows" : String.join(", ", parts.values());
    }

    private static io.decibench.plugin.view.Block.Table targetTable(BenchmarkResults results) {
        Document.TableBuilder t = new Document.TableBuilder("scenario", "exact mode",
                "end to end [" + VerdictText.confidence(results) + " CI]", "verdict");
        for (Overhead o : results.overheads()) {
            t.row(Cell.code(o.scenario()), Cell.code(o.mode()),
                    Cell.of(Format.percentWithInterval(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh())),
                    Cell.verdict(VerdictText.word(o.verdict()), VerdictText.tone(o.verdict())));
        }
        for (OverallOverhead o : results.overall()) {
            t.row(Cell.of(Text.builder().plain("overall (").codes(o.scenarios()).plain(")").build()), Cell.code(o.mode()),
                    Cell.of(Format.percentWithInterval(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh())),
                    Cell.verdict(VerdictText.word(o.verdict()), VerdictText.tone(o.verdict())));
        }
        return t.build();
    }
}
