package io.decibench.plugin.report;

import io.decibench.plugin.gate.GateRowCells;
import io.decibench.plugin.gate.Verdict;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.DecisionFlip;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ForkVm;
import io.decibench.plugin.results.ModeExactness;
import io.decibench.plugin.results.ModeInfo;
import io.decibench.plugin.results.ModeMetadata;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.OverallOverhead;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.results.ScenarioInfo;
import io.decibench.plugin.results.ScenarioVerdict;
import io.decibench.plugin.results.Settings;
import io.decibench.plugin.stats.TargetVerdict;
import io.decibench.plugin.view.Block.Cell;
import io.decibench.plugin.view.Document;
import io.decibench.plugin.view.Document.TableBuilder;
import io.decibench.plugin.view.Format;
import io.decibench.plugin.view.Text;
import io.decibench.plugin.view.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The overhead report as one document, built from the results model: overhead-report.md and the site page are its
 * two renderings. The site adds what only it knows (input problems, the check's regressions, the history's trend);
 * everything else — summary, times, overheads, details, exactness, allocation, environment, recommendations,
 * reproduction — is built once here.
 */
public final class ReportDocument {

    /** The report's title (also the site page's name under Project Reports). */
    public static final String TITLE = "Decibench overhead report";

    private ReportDocument() {
    }

    /** overhead-report.md, written right after the benchmark (the check and the history are not known yet). */
    public static Document markdown(BenchmarkResults r) {
        return markdown(r, "mvn");
    }

    /** As {@link #markdown(BenchmarkResults)}, with every command starting {@code mvn} (e.g. {@code mvn -N -Pmain-job}). */
    public static Document markdown(BenchmarkResults r, String mvn) {
        Document.Builder doc = Document.builder();
        doc.paragraph(intro(r));
        body(doc, r, null, Recommendations.Context.unknown(mvn));
        return doc.build(TITLE);
    }

    /** The site page: the report, the check's regressions, the trend, and the problems reading any input. */
    public static Document page(ReportData data) {
        return page(data, "mvn");
    }

    /** As {@link #page(ReportData)}, with every command starting {@code mvn} (e.g. {@code mvn -N -Pmain-job}). */
    public static Document page(ReportData data, String mvn) {
        Document.Builder doc = Document.builder();
        if (!data.problems().isEmpty()) {
            doc.section("problems", "Problems reading the inputs", Document.builder().list(
                    data.problems().stream().map(Text::of).toList()));
        }
        if (!data.hasResults()) {
            doc.section("no-results", "No benchmark results yet", noResults(data, mvn));
            return doc.build(TITLE);
        }
        BenchmarkResults r = data.results();
        doc.paragraph(intro(r));
        Recommendations.Context context = new Recommendations.Context(data.checkRan() ? data.regressions() : null,
                data.baselineFile() == null ? null : data.baselinesExist(),
                data.baselineFile() == null ? null : data.baselineFile().toString(), mvn);
        body(doc, r, data, context);
        return doc.build(TITLE);
    }

    private static void body(Document.Builder doc, BenchmarkResults r, ReportData site,
                             Recommendations.Context context) {
        doc.section("summary", "Summary", summary(r, site, context.mvn()));
        doc.section("times", "Time per backtest", times(r));
        doc.section("overhead", "Overhead per scenario", overheads(r));
        doc.section("details", "Per-scenario details", details(r));
        if (site != null) {
            doc.section("regressions", "Regressions against the baselines", regressions(site, context.mvn()));
        }
        doc.section("exactness", "Exactness", exactness(r));
        doc.section("allocation", "Allocation", allocation(r));
        doc.section("environment", "Environment", environment(r));
        if (site != null) {
            doc.section("trend", "Trend", trend(r, site));
        }
        doc.section("recommendations", "Recommendations", Document.builder().list(
                Recommendations.derive(r, context).stream().map(Recommendation::asText).toList()));
        doc.section("reproduce", "Reproduce this report", Document.builder()
                .paragraph("From the project's root, with the plugin configured as for this run:")
                .verbatim(String.join("\n", ReproduceCommands.of(r, context.mvn()))));
    }

    private static Text intro(BenchmarkResults r) {
        Text.Builder b = Text.builder().plain("Run of " + Format.timestamp(r.timestamp()) + " at ");
        if (r.gitCommit() == null) {
            b.plain("no git commit");
        } else {
            b.plain("commit ").code(r.gitCommit());
        }
        b.plain(" on machine ").code(r.fingerprint() == null ? Format.MISSING : r.fingerprint().id()).plain(".");
        return b.build();
    }

    private static Document.Builder noResults(ReportData data, String mvn) {
        return Document.builder()
                .paragraph(Text.builder().plain("There are no usable benchmark results at ")
                        .code(String.valueOf(data.resultsFile())).plain(", so there is nothing to report yet. The"
                                + " results are written by the plugin's benchmark goal: bind setup-bundles, benchmark"
                                + " and check in your pom (see the site's Quickstart page) and run").build())
                .verbatim(mvn + " verify\n" + mvn + " site")
                .paragraph("or, without changing the pom:")
                .verbatim(mvn + " decibench:setup-bundles decibench:benchmark\n" + mvn + " decibench:report")
                .paragraph(Text.builder().plain("For a first look in a few minutes add ").code("-Ddecibench.quick=true")
                        .plain(" to the benchmark run.").build());
    }

    // --- summary ------------------------------------------------------------------------------------------------

    private static Document.Builder summary(BenchmarkResults r, ReportData site, String mvn) {
        Document.Builder s = Document.builder();
        s.paragraph(Text.builder().strong("Target verdict: " + VerdictText.word(r.verdict() == null ? null
                : r.verdict().verdict())).plain(" — ").text(VerdictText.runReason(r)).plain(".").build());
        if (site != null) {
            s.paragraph(Text.builder().strong("Regression verdict: " + regressionVerdict(site)).plain(" — ")
                    .text(regressionSummary(site, mvn)).build());
        }
        if (!r.scenarioVerdicts().isEmpty()) {
            TableBuilder t = new TableBuilder("scenario", "target verdict", "why");
            for (ScenarioVerdict v : r.scenarioVerdicts()) {
                t.row(Cell.code(v.scenario()), verdictCell(v.verdict()), Cell.of(VerdictText.scenarioReason(r, v)));
            }
            s.table(t.build());
        }
        if (!r.overall().isEmpty()) {
            String ci = VerdictText.confidence(r) + " CI";
            TableBuilder t = new TableBuilder("exact mode", "over scenarios", "end to end vs float [" + ci + "]",
                    "verdict", "same engine [" + ci + "]");
            for (OverallOverhead o : r.overall()) {
                t.row(Cell.code(o.mode()), Cell.of(Text.builder().codes(o.scenarios()).build()),
                        Cell.of(Format.percentWithInterval(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh())),
                        verdictCell(o.verdict()), sameEngine(o.sameEngineOverheadPercent(), o.sameEngineOverheadCiLow(),
                                o.sameEngineOverheadCiHigh(), o.sameEngineReference()));
            }
            s.table(t.build());
        }
        s.paragraph(Text.builder().plain("The target verdict judges the end-to-end overhead of each exact mode against ")
                .code(ModeMetadata.FLOAT).plain(": what a team switching from its double code pays. The same-engine"
                        + " overhead is against the binary-float mode of the mode's own engine (").code("float-native")
                .plain(" for the native core): the cost of exactness alone, apart from the engine. A scenario meets"
                        + " the target when its cheapest exact mode does; the run's verdict is its worst scenario's."
                        + " Overall figures are geometric means over the scenarios listed, the ones that ran the"
                        + " mode.").build());
        return s;
    }

    // --- times and overheads ------------------------------------------------------------------------------------

    private static Document.Builder times(BenchmarkResults r) {
        Document.Builder s = Document.builder();
        s.paragraph("Mean time per backtest over fork means with its " + VerdictText.confidence(r) + " confidence"
                + " interval. Per bar: the mean divided by the bars one backtest processes (assets × bars per asset);"
                + " the extra is over the binary-float mode of the same engine, in the same scenario.");
        TableBuilder t = new TableBuilder("scenario", "mode", "engine", "status", "mean ± CI", "per bar",
                "extra per bar");
        List<Text> reasons = new ArrayList<>();
        for (ModeResult m : r.results()) {
            ModeInfo info = r.modeInfo(m.mode());
            String status = m.status() == null ? Format.MISSING : m.status().label();
            if (!m.isOk() && m.reason() != null) {
                // Reasons are long (they carry the fix): listed under the table, not squeezed into a cell.
                status += " (" + (reasons.size() + 1) + ")";
                reasons.add(Text.builder().plain("(" + (reasons.size() + 1) + ") ").code(m.scenario()).plain(" / ")
                        .code(m.mode()).plain(": " + m.reason()).build());
            }
            Cell extra;
            if (!m.isOk()) {
                extra = Cell.of(Format.MISSING);
            } else if (info.isEngineReference()) {
                extra = Cell.of("reference");
            } else if (m.extraNsPerBar() == null) {
                extra = Cell.of(Format.MISSING);
            } else {
                extra = Cell.of(Text.builder().plain(Format.extraNsPerBar(m.extraNsPerBar()) + " vs ")
                        .code(info.reference()).build());
            }
            t.row(Cell.code(m.scenario()), Cell.code(m.mode()), Cell.of(info.engine()), Cell.of(status),
                    Cell.of(m.isOk() ? Format.timeWithInterval(m.mean(), m.ciLow(), m.ciHigh(), m.unit())
                            : Format.MISSING),
                    Cell.of(Format.nsPerBar(m.nsPerBar())), extra);
        }
        s.table(t.build());
        reasons.forEach(s::paragraph);
        return s;
    }

    private static Document.Builder overheads(BenchmarkResults r) {
        Document.Builder s = Document.builder();
        String target = VerdictText.target(r);
        String ci = VerdictText.confidence(r) + " CI";
        s.paragraph("Each exact mode's time over its reference's, from fork means paired by round, with the " + ci
                + " of the pairs. MET: the whole end-to-end interval lies below the " + target + " target; MISSED:"
                + " entirely above it; INCONCLUSIVE: it straddles the target.");
        if (r.overheads().isEmpty()) {
            s.paragraph(Text.builder().plain("No exact mode was measured together with its references, so there is no"
                    + " overhead to show.").build());
            return s;
        }
        TableBuilder t = new TableBuilder("scenario", "exact mode", "end to end vs float [" + ci + "]",
                "same engine [" + ci + "]", "target", "verdict");
        for (Overhead o : r.overheads()) {
            t.row(Cell.code(o.scenario()), Cell.code(o.mode()),
                    Cell.of(Format.percentWithInterval(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh())),
                    sameEngine(o.sameEngineOverheadPercent(), o.sameEngineOverheadCiLow(), o.sameEngineOverheadCiHigh(),
                            o.sameEngineReference()),
                    Cell.of(Format.threshold(o.targetPercent())), verdictCell(o.verdict()));
        }
        s.table(t.build());
        if (r.overheads().stream().anyMatch(o -> o.overheadPercent() != null)) {
            s.figure("overhead-chart", OverheadChart.svg(r), Text.of("End-to-end overhead over float per scenario"
                    + " (log scale: -50% and +100% lie equally far from 0%): bars are the point estimates, whiskers"
                    + " the " + ci + "s, the dashed line the " + target + " target."));
        }
        return s;
    }

    private static Cell sameEngine(Double p, Double lo, Double hi, String reference) {
        if (p == null) {
            return Cell.of(Format.MISSING);
        }
        return Cell.of(Text.builder().plain(Format.percentWithInterval(p, lo, hi) + " vs ")
                .code(reference == null ? Format.MISSING : reference).build());
    }

    private static Document.Builder details(BenchmarkResults r) {
        Document.Builder s = Document.builder();
        s.paragraph("Per fork (one per round, in round order) its mean over the measured iterations; the pair ratios"
                + " are a mode's fork mean over its reference's fork mean of the same round.");
        for (String scenario : r.scenarioNames()) {
            TableBuilder t = new TableBuilder("mode", "forks", "fork means", "median", "min", "max",
                    "pair ratios vs float", "pair ratios same engine");
            for (ModeResult m : r.results()) {
                if (!m.scenario().equals(scenario)) {
                    continue;
                }
                if (!m.isOk()) {
                    t.row(Cell.code(m.mode()), Cell.of("0"), Cell.of(m.status().label()), Cell.of(Format.MISSING),
                            Cell.of(Format.MISSING), Cell.of(Format.MISSING), Cell.of(Format.MISSING),
                            Cell.of(Format.MISSING));
                    continue;
                }
                Optional<Overhead> o = r.overhead(scenario, m.mode());
                ModeInfo info = r.modeInfo(m.mode());
                t.row(Cell.code(m.mode()), Cell.of(Integer.toString(m.forkMeans().size())),
                        Cell.of(m.forkMeans().stream().map(Format::number).collect(Collectors.joining(", "))
                                + " " + m.unit()),
                        Cell.of(Format.time(m.median(), m.unit())), Cell.of(Format.time(m.min(), m.unit())),
                        Cell.of(Format.time(m.max(), m.unit())),
                        Cell.of(o.map(x -> ratios(x.pairRatios()))
                                .orElse(info.mode().equals(ModeMetadata.FLOAT) ? "reference" : Format.MISSING)),
                        Cell.of(o.map(x -> ratios(x.sameEnginePairRatios())).orElse(info.isEngineReference() ? "reference"
                                : Format.MISSING)));
            }
            s.section("details-" + scenario, scenario, Document.builder().table(t.build()));
        }
        return s;
    }

    private static String ratios(List<Double> ratios) {
        return ratios.isEmpty() ? Format.MISSING : ratios.stream().map(Format::ratio).collect(Collectors.joining(", "));
    }

    // --- regressions (site only) ----------------------------------------------------------------------------------

    private static Document.Builder regressions(ReportData data, String mvn) {
        Document.Builder s = Document.builder();
        if (data.checkRan() && !data.regressions().isEmpty()) {
            s.paragraph(Text.builder().plain("From ").code("check-results.json").plain(": change = current / baseline"
                    + " - 1 with its confidence interval at the row's share of the run's error budget (see the"
                    + " Verdicts page). The overhead ratio is gated on every machine, the time only on the baseline's"
                    + " machine.").build());
            TableBuilder t = new TableBuilder(GateRowCells.HEADER);
            data.regressions().forEach(x -> t.row(GateRowCells.of(x).cells()));
            s.table(t.build());
        } else if (data.checkRan()) {
            s.paragraph("The check goal ran but compared no rows against baselines.");
        } else if (data.baselinesExist()) {
            s.paragraph(Text.builder().plain("Baselines exist (").code(String.valueOf(data.baselineFile()))
                    .plain(") but the check goal has not run since the benchmark. Run ").code(mvn + " verify")
                    .plain(" (or ").code(mvn + " decibench:check").plain(") to compare this run with them.").build());
        } else {
            s.paragraph(Text.builder().plain("No baselines yet, so regressions are not checked. Record the current run"
                    + " with ").code(mvn + " decibench:baseline").plain(" and commit the baselines file.").build());
        }
        return s;
    }

    private static String regressionVerdict(ReportData data) {
        if (!data.checkRan()) {
            return data.baselinesExist() ? "not checked" : "no baselines";
        }
        for (Verdict v : Verdict.BY_SEVERITY) {
            if (v != Verdict.NOT_COMPARED && data.regressions().stream().anyMatch(x -> x.verdict() == v)) {
                return v.name();
            }
        }
        return "nothing compared";
    }

    private static Text regressionSummary(ReportData data, String mvn) {
        if (!data.checkRan()) {
            return data.baselinesExist()
                    ? Text.builder().plain("baselines exist but check has not run: ").code(mvn + " verify")
                    .plain(" or ").code(mvn + " decibench:check").plain(".").build()
                    : Text.builder().plain("record baselines with ").code(mvn + " decibench:baseline")
                    .plain(" to gate regressions.").build();
        }
        if (data.regressions().isEmpty()) {
            return Text.builder().plain("check ran without baselines, so only the target was gated; record them with ")
                    .code(mvn + " decibench:baseline").plain(".").build();
        }
        List<String> counts = new ArrayList<>();
        for (Verdict v : Verdict.BY_SEVERITY) {
            long n = data.regressions().stream().filter(x -> x.verdict() == v).count();
            if (n > 0) {
                counts.add(n + " " + v.name());
            }
        }
        return Text.of(data.regressions().size() + " rows compared with the baselines (" + String.join(", ", counts)
                + ").");
    }

    // --- exactness ----------------------------------------------------------------------------------------------

    private static Document.Builder exactness(BenchmarkResults r) {
        Document.Builder s = Document.builder();
        if (r.exactness().isEmpty()) {
            s.paragraph("No exactness run was recorded.");
            return s;
        }
        s.paragraph(Text.builder().plain("One plain (unmeasured) run per scenario and mode. The exact modes must agree"
                + " bit for bit: every reported number and every session close. Each binary-float mode is compared"
                + " with the exact reference: a decision flip is a bar where its standing target departs from the"
                + " reference's; the rounding drift is its drift over the trading sessions before the first flip,"
                + " where both ledgers hold the same positions, and must stay within 1e-6 relative. Drifts are in"
                + " currency units.").build());

        TableBuilder agree = new TableBuilder("scenario", "reference", "exact modes compared", "exact modes agree");
        for (Exactness e : r.exactness()) {
            agree.row(Cell.code(e.scenario()), e.reference() == null ? Cell.of(Format.MISSING) : Cell.code(e.reference()),
                    Cell.of(e.exactModesCompared().isEmpty() ? Text.of("(fewer than two exact modes ran)")
                            : Text.builder().codes(e.exactModesCompared()).build()),
                    e.exactModesAgree() == null ? Cell.of(Format.MISSING)
                            : e.exactModesAgree() ? Cell.verdict("yes", Tone.GOOD) : Cell.verdict("NO", Tone.BAD));
        }
        s.table(agree.build());

        TableBuilder ledger = new TableBuilder("scenario", "mode", "final value", "trades", "shares filled",
                "commissions", "session values SHA-256");
        for (Exactness e : r.exactness()) {
            for (ModeExactness m : e.modes()) {
                ledger.row(Cell.code(e.scenario()), Cell.code(m.mode()), Cell.of(Format.money(m.finalValue())),
                        Cell.of(Format.count(m.trades())), Cell.of(Format.count(m.sharesFilled())),
                        Cell.of(Format.money(m.commissions())), Cell.of(Format.digest(m.sessionValuesSha256())));
            }
        }
        s.table(ledger.build());

        TableBuilder floats = new TableBuilder("scenario", "binary-float mode", "vs", "decision flips", "drift (final)",
                "largest drift over session closes", "rounding drift (before the first flip)", "within 1e-6");
        List<Text> located = new ArrayList<>();
        for (Exactness e : r.exactness()) {
            for (ModeExactness m : e.modes()) {
                if (m.exact() || e.reference() == null) {
                    continue;
                }
                floats.row(Cell.code(e.scenario()), Cell.code(m.mode()), Cell.code(e.reference()),
                        Cell.of(m.decisionFlips() == null ? "not recorded" : Format.count((long) m.decisionFlips())),
                        Cell.of(Format.drift(m.driftFinal())), Cell.of(Format.drift(m.driftMaxSession())),
                        Cell.of(Format.drift(m.roundingDriftMaxSession())),
                        m.withinTolerance() == null ? Cell.of(Format.MISSING)
                                : m.withinTolerance() ? Cell.verdict("yes", Tone.GOOD) : Cell.verdict("no", Tone.BAD));
                if (m.decisionFlips() != null && m.decisionFlips() > 0) {
                    located.add(flips(e, m));
                }
            }
        }
        if (!floats.isEmpty()) {
            s.table(floats.build());
        }
        if (!located.isEmpty()) {
            s.paragraph("Where the decisions first differ (standing target in shares after the bar's close):");
            s.list(located);
        }
        return s;
    }

    private static Text flips(Exactness e, ModeExactness m) {
        Text.Builder b = Text.builder().code(m.mode()).plain(" in ").code(e.scenario()).plain(": "
                + Format.count((long) m.decisionFlips()) + (m.decisionFlips() == 1 ? " flip" : " flips")
                + (m.flips().size() < m.decisionFlips() ? ", the first " + m.flips().size() : "") + ": ");
        for (int i = 0; i < m.flips().size(); i++) {
            DecisionFlip f = m.flips().get(i);
            b.plain((i == 0 ? "" : "; ") + f.asset() + " bar " + f.bar()
                    + (f.session() == null ? "" : " (" + f.session() + ")") + ": ").code(m.mode())
                    .plain(" targets " + f.target() + " shares, ").code(e.reference()).plain(" " + f.referenceTarget());
        }
        return b.build();
    }

    // --- allocation, environment, trend -------------------------------------------------------------------------

    private static Document.Builder allocation(BenchmarkResults r) {
        Document.Builder s = Document.builder();
        s.paragraph("Bytes allocated per backtest (JMH gc.alloc.rate.norm, mean over forks), and as a multiple of the"
                + " binary-float mode of the same engine.");
        TableBuilder t = new TableBuilder("scenario", "mode", "allocation", "vs same-engine reference");
        for (ModeResult m : r.results()) {
            if (!m.isOk()) {
                continue;
            }
            ModeInfo info = r.modeInfo(m.mode());
            Double base = r.result(m.scenario(), info.reference()).map(ModeResult::allocBytesPerOp).orElse(null);
            Cell factor = m.allocBytesPerOp() == null || base == null || base <= 0 || info.isEngineReference()
                    ? Cell.of(info.isEngineReference() ? "reference" : Format.MISSING)
                    : Cell.of(Text.builder().plain(Format.factor(m.allocBytesPerOp() / base) + " ")
                    .code(info.reference()).build());
            t.row(Cell.code(m.scenario()), Cell.code(m.mode()), Cell.of(Format.bytes(m.allocBytesPerOp())), factor);
        }
        s.table(t.build());
        return s;
    }

    private static Document.Builder environment(BenchmarkResults r) {
        Document.Builder s = Document.builder();
        s.paragraph("Times are comparable only between runs on the same machine fingerprint; overhead ratios travel"
                + " better, which is why the gate compares them everywhere.");
        TableBuilder t = new TableBuilder("", "");
        t.row("run finished", Format.timestamp(r.timestamp()));
        t.row(Cell.of("git commit"), r.gitCommit() == null ? Cell.of(Format.MISSING) : Cell.code(r.gitCommit()));
        Fingerprint f = r.fingerprint();
        if (f != null) {
            t.row(Cell.of("machine fingerprint"), Cell.code(Format.text(f.id())));
            t.row("CPU", Format.text(f.cpuModel()) + ", " + f.cores() + " cores");
            t.row("OS", Format.text(f.os()) + " (" + Format.text(f.arch()) + ")");
            t.row("JDK", Format.text(f.jdkVendor()) + " " + Format.text(f.jdkVersion()));
        }
        ForkVm vm = r.forkVm();
        if (vm != null) {
            t.row("measured JVM", Format.text(vm.vmName()) + " " + Format.text(vm.vmVersion()) + " (JDK "
                    + Format.text(vm.jdkVersion()) + ")");
            t.row(Cell.of("VM options, as the forks recorded them"), vm.jvmArgs().isEmpty() ? Cell.of("(none)")
                    : Cell.code(String.join(" ", vm.jvmArgs())));
            t.row("compiler, as the forks reported it", Format.text(vm.compiler()));
        } else if (f != null) {
            t.row(Cell.of("fork JVM arguments"), f.jvmArgs().isEmpty() ? Cell.of("(none)")
                    : Cell.code(String.join(" ", f.jvmArgs())));
        }
        Settings st = r.settings();
        if (st != null) {
            t.row(Cell.of("scenarios"), Cell.of(Text.builder().codes(st.scenarios()).build()));
            t.row(Cell.of("modes"), Cell.of(Text.builder().codes(st.modes()).build()));
            t.row("rounds (one fork per scenario x mode each)", Integer.toString(st.runs()));
            t.row("warm-up per fork", st.warmupIterations() + " x " + st.warmupTime());
            t.row("measurement per fork", st.iterations() + " x " + st.iterationTime());
            t.row("fork order", Format.text(st.order()));
            t.row("confidence", Format.thresholdFraction(st.confidence()));
            t.row("target", Format.threshold(st.targetPercent()));
            t.row("quick preset", Format.yesNo(st.quick()));
            t.row("fork timeout", st.forkTimeoutSeconds() + " s");
        }
        s.table(t.build());

        TableBuilder modes = new TableBuilder("mode", "engine", "exact", "same-engine reference");
        for (String mode : r.modeNames()) {
            ModeInfo info = r.modeInfo(mode);
            modes.row(Cell.code(mode), Cell.of(info.engine()), Cell.of(Format.yesNo(info.exact())),
                    Cell.code(info.reference()));
        }
        s.table(modes.build());
        if (!r.scenarios().isEmpty()) {
            TableBuilder bundles = new TableBuilder("scenario", "bundle", "assets", "bars per asset",
                    "bars per backtest");
            for (ScenarioInfo i : r.scenarios()) {
                bundles.row(Cell.code(i.scenario()), Cell.code(i.bundle()), Cell.of(Format.count((long) i.assets())),
                        Cell.of(Format.count((long) i.barsPerAsset())), Cell.of(Format.count(i.bars())));
            }
            s.table(bundles.build());
        }
        return s;
    }

    private static Document.Builder trend(BenchmarkResults r, ReportData data) {
        Document.Builder s = Document.builder();
        if (TrendChart.drawable(data.history())) {
            double target = r.settings() == null ? 30.0 : r.settings().targetPercent();
            s.figure("trend-chart", TrendChart.svg(data.history(), target, r.modeNames()),
                    Text.of("Overall end-to-end overhead per exact mode over the last "
                            + Math.min(TrendChart.MAX_RUNS, data.history().size())
                            + " runs in the history (oldest left, times in UTC), on the same log scale as the overhead chart."));
        } else {
            s.paragraph(Text.builder().plain("The trend chart appears once the history holds two runs or more (it"
                    + " holds " + data.history().size() + "). Every benchmark run appends one line to ")
                    .code("history.jsonl").plain(".").build());
        }
        return s;
    }

    private static Cell verdictCell(TargetVerdict v) {
        return v == null ? Cell.of(Format.MISSING) : Cell.verdict(v.name(), VerdictText.tone(v));
    }
}
