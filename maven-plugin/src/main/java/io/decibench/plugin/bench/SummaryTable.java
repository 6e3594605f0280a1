package io.decibench.plugin.bench;

import io.decibench.plugin.report.VerdictText;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.ModeMetadata;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.OverallOverhead;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.results.ScenarioVerdict;
import io.decibench.plugin.view.Block.Cell;
import io.decibench.plugin.view.Document;
import io.decibench.plugin.view.Format;
import io.decibench.plugin.view.PlainTextRenderer;
import io.decibench.plugin.view.Text;
import java.util.List;
import java.util.Optional;

/**
 * The summary the benchmark goal prints, a view of the results like every other output: per scenario x mode the
 * mean with its CI, the time per bar and the extra over the engine's binary-float mode, both overheads with their
 * CIs and the target verdict; then the overall figures per exact mode over the scenarios that ran it, the verdict
 * per scenario and the run's verdict.
 */
public final class SummaryTable {

    private static final String PREFIX = "[decibench] ";

    private SummaryTable() {
    }

    public static List<String> lines(BenchmarkResults r) {
        return PlainTextRenderer.lines(document(r)).stream().map(l -> PREFIX + l.stripLeading()).toList();
    }

    static Document document(BenchmarkResults r) {
        Document.Builder doc = Document.builder();
        String ci = VerdictText.confidence(r) + " CI";
        Document.TableBuilder t = new Document.TableBuilder("scenario", "mode", "mean ± CI", "per bar",
                "extra per bar", "end to end [" + ci + "]", "same engine [" + ci + "]", "verdict");
        for (ModeResult m : r.results()) {
            Optional<Overhead> o = r.overhead(m.scenario(), m.mode());
            String mean = m.isOk() ? Format.timeWithInterval(m.mean(), m.ciLow(), m.ciHigh(), m.unit())
                    : m.status().label() + (m.reason() == null ? "" : " (see below)");
            String extra = m.extraNsPerBar() == null ? "" : Format.extraNsPerBar(m.extraNsPerBar()) + " vs "
                    + r.modeInfo(m.mode()).reference();
            t.row(Cell.of(m.scenario()), Cell.of(m.mode()), Cell.of(mean),
                    Cell.of(m.isOk() ? Format.nsPerBar(m.nsPerBar()) : ""), Cell.of(extra),
                    Cell.of(o.map(x -> Format.percentWithInterval(x.overheadPercent(), x.overheadCiLow(),
                            x.overheadCiHigh())).orElse(m.isOk() && m.mode().equals(ModeMetadata.FLOAT) ? "(reference)" : "")),
                    Cell.of(o.filter(x -> x.sameEngineOverheadPercent() != null)
                            .map(x -> Format.percentWithInterval(x.sameEngineOverheadPercent(),
                                    x.sameEngineOverheadCiLow(), x.sameEngineOverheadCiHigh()) + " vs "
                                    + x.sameEngineReference()).orElse("")),
                    Cell.of(o.map(x -> VerdictText.word(x.verdict())).orElse("")));
        }
        doc.table(t.build());
        for (ModeResult m : r.results()) {
            if (!m.isOk() && m.reason() != null) {
                doc.paragraph(m.scenario() + " / " + m.mode() + " " + m.status().label() + ": " + m.reason());
            }
        }
        for (OverallOverhead o : r.overall()) {
            doc.paragraph(Text.builder().plain("overall ").code(o.mode()).plain(" over ").codes(o.scenarios())
                    .plain(": " + Format.percentWithInterval(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh())
                            + " end to end" + (o.sameEngineOverheadPercent() == null ? "" : ", "
                            + Format.percentWithInterval(o.sameEngineOverheadPercent(), o.sameEngineOverheadCiLow(),
                            o.sameEngineOverheadCiHigh()) + " same engine vs " + o.sameEngineReference())
                            + ", target " + VerdictText.target(r) + ": " + VerdictText.word(o.verdict())).build());
        }
        if (!r.scenarioVerdicts().isEmpty()) {
            Text.Builder b = Text.builder().plain("target verdict per scenario: ");
            for (int i = 0; i < r.scenarioVerdicts().size(); i++) {
                ScenarioVerdict v = r.scenarioVerdicts().get(i);
                b.plain(i == 0 ? "" : ", ").code(v.scenario()).plain(" " + v.verdict().name() + " (").code(v.mode())
                        .plain(")");
            }
            doc.paragraph(b.build());
        }
        doc.paragraph(VerdictText.runLine(r));
        return doc.build("");
    }
}
