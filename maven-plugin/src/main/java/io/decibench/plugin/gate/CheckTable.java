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
            doc.paragraph("Regression check (warn " + percent(outcome.thresholds().warn()) + ", fail "
                    + percent(outcome.thresholds().fail()) + ", alloc tolerance "
                    + percent(outcome.thresholds().allocTolerance()) + "): " + counts(outcome) + ".");
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

    /** A threshold fraction as a percentage, e.g. {@code 5%}. */
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
