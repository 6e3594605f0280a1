package io.decibench.plugin.report;

import io.decibench.plugin.gate.GateRow;
import io.decibench.plugin.gate.Verdict;
import io.decibench.plugin.report.Recommendation.Kind;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.DecisionFlip;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.ModeExactness;
import io.decibench.plugin.results.ModeInfo;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.ModeStatus;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.results.ScenarioVerdict;
import io.decibench.plugin.stats.TargetVerdict;
import io.decibench.plugin.view.Format;
import io.decibench.plugin.view.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the next steps from a run (and, on the site, from the check's rows and the baselines file), most urgent
 * first. The advice on which exact mode to use follows the per-scenario target verdicts, so it never recommends a
 * mode for a scenario it did not run in or missed the target in; quick figures are never recommended for publishing.
 */
public final class Recommendations {

    /** A mode allocating this much per backtest puts real pressure on the GC. */
    static final double HIGH_ALLOC_BYTES = 1024.0 * 1024.0;
    /** A CI half-width above this fraction of the mean time is too noisy to gate on. */
    static final double WIDE_RELATIVE_HALF_WIDTH = 0.10;

    /**
     * What is known besides the results.
     *
     * @param regressions    the check's rows; null when the check's outcome is not known (at benchmark time)
     * @param baselinesExist whether the baselines file exists; null when not known
     * @param baselineFile   the baselines file as the user names it, null when not known
     * @param mvn            how Maven reaches the project, the start of every command (see {@link MavenCommand})
     */
    public record Context(List<GateRow> regressions, Boolean baselinesExist, String baselineFile, String mvn) {

        /** At benchmark time: neither the check nor the baselines are known. */
        public static final Context UNKNOWN = new Context(null, null, null, "mvn");

        public Context {
            mvn = mvn == null || mvn.isBlank() ? "mvn" : mvn;
        }

        /** A context where plain {@code mvn} reaches the project. */
        public Context(List<GateRow> regressions, Boolean baselinesExist, String baselineFile) {
            this(regressions, baselinesExist, baselineFile, "mvn");
        }

        /** At benchmark time, for a project that {@code mvn} reaches as given. */
        public static Context unknown(String mvn) {
            return new Context(null, null, null, mvn);
        }
    }

    private Recommendations() {
    }

    /** The recommendations, most urgent first; never empty. */
    public static List<Recommendation> derive(BenchmarkResults r, Context context) {
        List<Recommendation> out = derived(r, context);
        // Every command is written for plain `mvn`; the project may need e.g. `mvn -N -Pmain-job` to reach the plugin.
        return out.stream().map(x -> x.command() == null || !x.command().startsWith("mvn ") ? x
                : new Recommendation(x.kind(), x.text(), context.mvn() + x.command().substring(3))).toList();
    }

    private static List<Recommendation> derived(BenchmarkResults r, Context context) {
        List<Recommendation> out = new ArrayList<>();
        regressions(context, out);
        exactModesDisagree(r, out);
        unavailableModes(r, out);
        int runs = r.settings() == null ? 0 : r.settings().runs();
        if (r.settings() != null && runs < 2) {
            out.add(new Recommendation(Kind.ROUNDS, Text.of("Only " + runs + " round: no confidence interval, so"
                    + " every verdict is INCONCLUSIVE. Use at least 3 rounds"), "mvn verify -Ddecibench.runs=5"));
        }
        for (Overhead o : r.overheads()) {
            inconclusive(o, runs, out);
        }
        noisyTimes(r, runs, out);
        choice(r, out);
        decisions(r, out);
        drift(r, out);
        allocation(r, out);
        baseline(r, context, out);
        if (out.isEmpty()) {
            out.add(new Recommendation(Kind.NOTHING, Text.builder().plain("Nothing stands out. Keep ")
                    .code("history.jsonl").plain(" to watch the overhead's trend across commits.").build(), null));
        }
        return out;
    }

    private static void regressions(Context context, List<Recommendation> out) {
        if (context.regressions() == null) {
            return;
        }
        List<GateRow> regressed = context.regressions().stream()
                .filter(x -> x.verdict() == Verdict.FAIL || x.verdict() == Verdict.WARN).toList();
        if (regressed.isEmpty()) {
            return;
        }
        Text.Builder b = Text.builder().plain("Regressions against the baselines (");
        for (int i = 0; i < regressed.size(); i++) {
            GateRow x = regressed.get(i);
            b.plain(i == 0 ? "" : ", ").code(x.scenario()).plain(" ").code(x.mode())
                    .plain(" " + x.metric() + " " + x.verdict().name());
        }
        b.plain("): look at the changes since the baseline's commit; if a change is intended, accept it and commit the"
                + " baselines file");
        out.add(new Recommendation(Kind.REGRESSION, b.build(), "mvn decibench:baseline"));
    }

    private static void exactModesDisagree(BenchmarkResults r, List<Recommendation> out) {
        for (Exactness e : r.exactness()) {
            if (!Boolean.FALSE.equals(e.exactModesAgree())) {
                continue;
            }
            List<String> differ = e.modes().stream().filter(m -> Boolean.FALSE.equals(m.matchesReference()))
                    .map(ModeExactness::mode).toList();
            out.add(new Recommendation(Kind.EXACTNESS, Text.builder().plain("The exact modes disagree in ")
                    .code(e.scenario()).plain(": ").codes(differ).plain(differ.size() == 1 ? " differs" : " differ")
                    .plain(" from ").code(e.reference()).plain(" (compared: ").codes(e.exactModesCompared())
                    .plain("). They must agree bit for bit: this is a bug in a kernel, not noise. Report it with ")
                    .code("benchmark-results.json").plain(" attached.").build(), null));
        }
    }

    private static void unavailableModes(BenchmarkResults r, List<Recommendation> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (ModeResult m : r.results()) {
            if (m.status() == ModeStatus.UNAVAILABLE && seen.add(m.mode())) {
                out.add(new Recommendation(Kind.UNAVAILABLE_MODE, Text.builder().code(m.mode())
                        .plain(" was not measured on this machine: " + Format.text(m.reason())).build(), null));
            }
        }
    }

    private static void inconclusive(Overhead o, int runs, List<Recommendation> out) {
        if (o.verdict() != TargetVerdict.INCONCLUSIVE || o.overheadCiLow() == null || o.overheadCiHigh() == null) {
            return;
        }
        double half = (o.overheadCiHigh() - o.overheadCiLow()) / 2.0;
        double distance = Math.abs(o.overheadPercent() - o.targetPercent());
        Text.Builder b = Text.builder().code(o.scenario()).plain(" x ").code(o.mode())
                .plain(": the end-to-end interval " + Format.percentWithInterval(o.overheadPercent(),
                        o.overheadCiLow(), o.overheadCiHigh()) + " contains the " + Format.threshold(o.targetPercent())
                        + " target, so the verdict is INCONCLUSIVE");
        if (distance < 1e-9 || half <= 0) {
            out.add(new Recommendation(Kind.INCONCLUSIVE, b.plain("; the overhead sits on the target and more rounds"
                    + " will not separate them.").build(), null));
            return;
        }
        // The half-width shrinks roughly with 1/sqrt(n): this many rounds would put the target outside the CI.
        long needed = Math.max((long) Math.ceil(runs * Math.pow(half / distance, 2) * 1.2), runs + 2L);
        if (needed > 100) {
            out.add(new Recommendation(Kind.INCONCLUSIVE, b.plain("; the overhead is too close to the target to decide"
                    + " with a practical number of rounds.").build(), null));
        } else {
            out.add(new Recommendation(Kind.INCONCLUSIVE, b.plain("; raise the rounds to about " + needed).build(),
                    "mvn verify -Ddecibench.runs=" + needed));
        }
    }

    private static void noisyTimes(BenchmarkResults r, int runs, List<Recommendation> out) {
        List<ModeResult> noisy = r.results().stream()
                .filter(m -> m.isOk() && m.ciHigh() != null && m.ciLow() != null && m.mean() != null && m.mean() > 0
                        && (m.ciHigh() - m.ciLow()) / 2.0 / m.mean() > WIDE_RELATIVE_HALF_WIDTH)
                .toList();
        if (noisy.isEmpty()) {
            return;
        }
        Text.Builder b = Text.builder().plain("Mean times vary more than ±10% between forks for ");
        for (int i = 0; i < noisy.size(); i++) {
            ModeResult m = noisy.get(i);
            b.plain(i == 0 ? "" : ", ").code(m.scenario()).plain(" x ").code(m.mode())
                    .plain(" (±" + Format.number(100 * (m.ciHigh() - m.ciLow()) / 2.0 / m.mean()) + "%)");
        }
        b.plain(": the machine is noisy. Close other workloads, compare times only between runs with the same"
                + " fingerprint, and raise the rounds");
        out.add(new Recommendation(Kind.NOISE, b.build(), "mvn verify -Ddecibench.runs=" + Math.max(runs * 2, 5)));
    }

    /** Which exact mode to use, scenario by scenario, from the scenario verdicts alone. */
    private static void choice(BenchmarkResults r, List<Recommendation> out) {
        String target = VerdictText.target(r);
        Map<String, List<String>> metBy = new LinkedHashMap<>();
        for (ScenarioVerdict v : r.scenarioVerdicts()) {
            if (v.verdict() == TargetVerdict.MET) {
                metBy.computeIfAbsent(v.mode(), k -> new ArrayList<>()).add(v.scenario());
            }
        }
        if (!metBy.isEmpty()) {
            Text.Builder b = Text.builder();
            if (metBy.size() == 1 && r.verdict() != null && r.verdict().verdict() == TargetVerdict.MET) {
                String mode = metBy.keySet().iterator().next();
                b.code(mode).plain(" is the cheapest exact mode that meets the " + target + " target, in every"
                        + " scenario (").codes(metBy.get(mode)).plain("): use it for this workload.");
            } else {
                b.plain("The cheapest exact mode that meets the " + target + " target, per scenario: ");
                boolean first = true;
                for (ScenarioVerdict v : r.scenarioVerdicts()) {
                    if (v.verdict() == TargetVerdict.MET) {
                        b.plain(first ? "" : "; ").code(v.scenario()).plain(": ").code(v.mode()).plain(" "
                                + r.overhead(v.scenario(), v.mode()).map(o -> Format.percent(o.overheadPercent()))
                                .orElse(Format.MISSING));
                        first = false;
                    }
                }
                b.plain(".");
            }
            out.add(new Recommendation(Kind.CHOICE, b.build(), null));
        }
        for (ScenarioVerdict v : r.scenarioVerdicts()) {
            if (v.verdict() != TargetVerdict.MISSED) {
                continue;
            }
            Optional<Overhead> cheapest = r.overhead(v.scenario(), v.mode());
            out.add(new Recommendation(Kind.MISSED, Text.builder().plain("No exact mode meets the " + target
                    + " target in ").code(v.scenario()).plain("; the cheapest, ").code(v.mode()).plain(", costs "
                    + cheapest.map(o -> Format.percentWithInterval(o.overheadPercent(), o.overheadCiLow(),
                    o.overheadCiHigh())).orElse(Format.MISSING) + " end to end. Look at its hottest module, or agree"
                    + " on a realistic target").build(), "mvn decibench:profile -Ddecibench.scenarios="
                    + v.scenario() + " -Ddecibench.modes=" + v.mode()));
        }
    }

    private static void decisions(BenchmarkResults r, List<Recommendation> out) {
        for (Exactness e : r.exactness()) {
            for (ModeExactness m : e.modes()) {
                if (m.decisionFlips() == null || m.decisionFlips() == 0) {
                    continue;
                }
                DecisionFlip first = m.flips().get(0);
                out.add(new Recommendation(Kind.DECISIONS, Text.builder().code(m.mode()).plain(" takes "
                        + Format.count((long) m.decisionFlips()) + (m.decisionFlips() == 1 ? " decision" : " decisions")
                        + " differently from the exact ledger (").code(e.reference()).plain(") in ").code(e.scenario())
                        .plain(", first at " + first.asset() + " bar " + first.bar()
                                + (first.session() == null ? "" : " (" + first.session() + ")")
                                + ": binary floating point rounds some exact ties the other way, so its trades"
                                + " differ, not just its cents.").build(), null));
            }
        }
    }

    private static void drift(BenchmarkResults r, List<Recommendation> out) {
        record Worst(Exactness e, ModeExactness m, BigDecimal drift) {
        }
        Optional<Worst> worst = r.exactness().stream()
                .flatMap(e -> e.modes().stream().map(m -> new Worst(e, m, amount(m.driftMaxSession() != null
                        ? m.driftMaxSession() : m.driftFinal()))))
                .filter(w -> w.drift().signum() != 0)
                .max(Comparator.comparing(Worst::drift));
        worst.ifPresent(w -> out.add(new Recommendation(Kind.DRIFT, Text.builder().code(w.m().mode())
                .plain(" drifted from the exact ledger by up to " + Format.drift(w.drift().toPlainString())
                        + " currency units (").code(w.e().scenario()).plain(", final value off by "
                        + Format.drift(w.m().driftFinal()) + "). Binary floating point cannot hold most cent amounts"
                        + " exactly, so its ledger does not reconcile to the cent with an exact one: that is what the"
                        + " exact modes' overhead buys."
                        + (Boolean.FALSE.equals(w.m().withinTolerance())
                        ? " Its drift exceeds 1e-6 relative even where its decisions match: do not use it for this"
                        + " ledger." : "")).build(), null)));
    }

    private static BigDecimal amount(String value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value).abs();
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static void allocation(BenchmarkResults r, List<Recommendation> out) {
        for (String mode : r.modeNames()) {
            List<ModeResult> heavy = r.results().stream()
                    .filter(m -> m.mode().equals(mode) && m.isOk() && m.allocBytesPerOp() != null
                            && m.allocBytesPerOp() >= HIGH_ALLOC_BYTES)
                    .toList();
            if (heavy.isEmpty()) {
                continue;
            }
            ModeInfo info = r.modeInfo(mode);
            Text.Builder b = Text.builder().code(mode).plain(" allocates over 1 MiB per backtest (");
            for (int i = 0; i < heavy.size(); i++) {
                ModeResult m = heavy.get(i);
                Double ref = r.result(m.scenario(), info.reference()).map(ModeResult::allocBytesPerOp).orElse(null);
                b.plain(i == 0 ? "" : "; ").code(m.scenario()).plain(": " + Format.bytes(m.allocBytesPerOp())
                        + (ref == null || ref <= 0 || info.isEngineReference() ? ""
                        : ", " + Format.factor(m.allocBytesPerOp() / ref) + " " + info.reference()));
            }
            String scenarios = String.join(",", heavy.stream().map(ModeResult::scenario).toList());
            if (info.exact() && mode.equals("decimal")) {
                out.add(new Recommendation(Kind.ALLOCATION, b.plain("). BigDecimal values are immutable objects, so"
                        + " this is expected; it costs GC time under load (size the young generation accordingly)"
                        + " and is one reason the fixed-point modes are faster.").build(), null));
            } else {
                out.add(new Recommendation(Kind.ALLOCATION, b.plain("). Find the allocation sites").build(),
                        "mvn decibench:profile -Ddecibench.scenarios=" + scenarios + " -Ddecibench.modes=" + mode));
            }
        }
    }

    private static void baseline(BenchmarkResults r, Context context, List<Recommendation> out) {
        if (r.settings() != null && r.settings().quick()) {
            out.add(new Recommendation(Kind.QUICK, Text.builder().plain("These figures come from the quick preset:"
                    + " do not publish them (a baseline recorded from quick runs gates only quick runs). For figures"
                    + " to publish, run the full suite on a quiet machine (without ")
                    .code("-Ddecibench.quick").plain(")").build(), "mvn verify"));
            return;
        }
        if (Boolean.TRUE.equals(context.baselinesExist())) {
            return;
        }
        String file = context.baselineFile() == null ? "src/test/decibench/baselines.json" : context.baselineFile();
        out.add(new Recommendation(Kind.BASELINE, Text.builder()
                .plain(Boolean.FALSE.equals(context.baselinesExist()) ? "No baselines yet: record"
                        : "If there are no baselines yet, record")
                .plain(" a run you trust and commit ").code(file).plain(", so ").code("check")
                .plain(" catches regressions").build(), "mvn decibench:baseline"));
    }
}
