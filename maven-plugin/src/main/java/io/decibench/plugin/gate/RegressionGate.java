package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ForkLoad;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.stats.LogChange;
import io.decibench.plugin.stats.LogSessions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a run with its baselines, row by row: the overhead ratio of every non-float mode against float on every
 * machine, the time of every mode only on the machine the baselines were taken on (same fingerprint id), allocation
 * on the same JDK (it depends on the JIT's escape analysis, not on the CPU). Rows are compared only when the run
 * used the baselines' settings. Each interval gets its share of the run's {@link ErrorBudget}; a row with a
 * contended fork is not judged, and a run with one never FAILs or WARNs (see the site's "Verdicts" page).
 */
public final class RegressionGate {

    static final String NO_BASELINE = "no baseline: run `mvn decibench:baseline`";
    static final String OTHER_MACHINE = "other machine: not compared";
    static final String ACROSS_MACHINES = String.format(Locale.ROOT,
            "other machine: ±%.0f%% assumed between machines", SessionOffsets.OTHER_MACHINE_RATIO_SD * 100);
    static final String OTHER_JDK = "other JDK: not compared";
    static final String OTHER_SETTINGS = "other settings: not compared";
    static final String LEGACY = "schema-1 baselines: not compared";
    static final String ALLOC_UNIT = "B/op";

    private final Thresholds thresholds;

    public RegressionGate(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds);
    }

    /** A row waiting for its interval: both sides' log values and the forks that ran contended. */
    private record Pending(ModeResult current, BaselineRow base, Metric metric, String unit, LogSessions baseline,
                           LogSessions now, List<ForkLoad> contended) {
    }

    /** Gates {@code results}; without baselines only the target verdicts of the results remain. */
    public CheckOutcome check(BenchmarkResults results, Optional<Baselines> baselines) {
        RunSamples run = new RunSamples(results);
        if (baselines.isEmpty()) {
            return new CheckOutcome(List.of(), results, false, thresholds, 0, 0, null, run.contendedForks(),
                    run.rerunForks());
        }
        Baselines base = baselines.get();
        String incomparable = incomparable(base, results);
        if (incomparable != null) {
            List<GateRow> rows = new ArrayList<>();
            for (ModeResult r : results.results()) {
                if (r.isOk()) {
                    rows.add(GateRow.notCompared(r.scenario(), r.mode(), Metric.TIME, r.unit(), null,
                            geometricMean(run.forkTimes(r)), base.legacy() ? LEGACY : OTHER_SETTINGS));
                }
            }
            return new CheckOutcome(rows, results, true, thresholds, 0, base.sessions().size(), incomparable,
                    run.contendedForks(), run.rerunForks());
        }
        boolean sameMachine = Objects.equals(idOf(base.fingerprint()), idOf(results.fingerprint()));
        boolean sameJdk = sameJdk(base.fingerprint(), results.fingerprint());

        List<Object> slots = new ArrayList<>();
        Map<BaselineRow, LogSessions> ratioBaselines = new LinkedHashMap<>();
        for (ModeResult current : results.results()) {
            Optional<BaselineRow> baseRow = base.row(current.scenario(), current.mode());
            if (baseRow.isEmpty()) {
                if (current.isOk()) {
                    slots.add(GateRow.notCompared(current.scenario(), current.mode(), Metric.TIME, current.unit(),
                            null, geometricMean(run.forkTimes(current)), NO_BASELINE));
                }
                continue;
            }
            BaselineRow b = baseRow.get();
            if (!current.isOk()) {
                slots.add(GateRow.notCompared(current.scenario(), current.mode(), Metric.TIME, b.unit(),
                        geometricMeanOfSessions(b.timeSessions()), null,
                        "not measured now (" + current.status().label()
                                + (current.reason() == null ? "" : ": " + current.reason()) + ")"));
                continue;
            }
            List<Double> ratios = run.pairRatios(current);
            if (!ratios.isEmpty()) {
                LogSessions baseRatios = LogSessions.of(b.ratioSessions());
                LogSessions nowRatios = LogSessions.single(ratios);
                if (baseRatios == null || nowRatios == null) {
                    slots.add(GateRow.notCompared(b.scenario(), b.mode(), Metric.OVERHEAD_RATIO, null, null,
                            geometricMean(ratios), baseRatios == null ? NO_BASELINE
                                    : "values not positive: not compared"));
                } else {
                    slots.add(new Pending(current, b, Metric.OVERHEAD_RATIO, null, baseRatios, nowRatios,
                            run.contendedPair(current)));
                    ratioBaselines.put(b, baseRatios);
                }
            }
            slots.add(timeSlot(run, b, current, sameMachine));
            Double baseAlloc = b.allocBytesPerOp();
            if (baseAlloc != null && current.allocBytesPerOp() != null) {
                slots.add(sameJdk ? GateRow.alloc(b.scenario(), b.mode(), baseAlloc, current.allocBytesPerOp(),
                        RegressionRule.allocVerdict(baseAlloc, current.allocBytesPerOp(), thresholds))
                        : GateRow.notCompared(b.scenario(), b.mode(), Metric.ALLOC, ALLOC_UNIT, baseAlloc,
                        current.allocBytesPerOp(), OTHER_JDK));
            }
        }

        SessionOffsets.Offset ratioOffset = SessionOffsets.estimatedRatio(SessionOffsets.byScenario(ratioBaselines));
        int gated = (int) slots.stream().filter(s -> s instanceof Pending p
                && p.baseline().withinDf() + p.now().withinDf() > 0).count();
        ErrorBudget budget = new ErrorBudget(gated, thresholds);
        boolean runContended = run.contendedForks() > 0;
        List<GateRow> rows = new ArrayList<>();
        for (Object slot : slots) {
            if (slot instanceof GateRow row) {
                rows.add(row);
                continue;
            }
            Pending p = (Pending) slot;
            RowEvidence evidence = p.metric() == Metric.TIME ? RowEvidence.time(p.baseline(), p.now(), budget)
                    : RowEvidence.ratio(p.baseline(), p.now(), ratioOffset, budget);
            // Time rows of another machine are not compared at all; its ratio rows allow for the machine change.
            boolean acrossMachines = !sameMachine && p.metric() == Metric.OVERHEAD_RATIO;
            rows.add(judge(p, acrossMachines ? evidence.acrossMachines() : evidence, budget, runContended,
                    run.contendedForks(), acrossMachines));
        }
        return new CheckOutcome(rows, results, true, thresholds, gated, base.sessions().size(), null,
                run.contendedForks(), run.rerunForks());
    }

    private Object timeSlot(RunSamples run, BaselineRow b, ModeResult current, boolean sameMachine) {
        List<Double> now = run.forkTimes(current);
        Double baseValue = geometricMeanOfSessions(b.timeSessions());
        if (!sameMachine) {
            return GateRow.notCompared(b.scenario(), b.mode(), Metric.TIME, current.unit(), baseValue,
                    geometricMean(now), OTHER_MACHINE);
        }
        if (!Objects.equals(b.unit(), current.unit())) {
            return GateRow.notCompared(b.scenario(), b.mode(), Metric.TIME, current.unit(), baseValue,
                    geometricMean(now), "unit changed from " + b.unit() + " to " + current.unit() + ": not compared");
        }
        LogSessions baseTimes = LogSessions.of(b.timeSessions());
        LogSessions nowTimes = LogSessions.single(now);
        if (baseTimes == null || nowTimes == null) {
            return GateRow.notCompared(b.scenario(), b.mode(), Metric.TIME, current.unit(), baseValue,
                    geometricMean(now), baseTimes == null ? NO_BASELINE : "values not positive: not compared");
        }
        return new Pending(current, b, Metric.TIME, current.unit(), baseTimes, nowTimes, run.contended(current));
    }

    private GateRow judge(Pending p, RowEvidence evidence, ErrorBudget budget, boolean runContended,
                          int contendedForks, boolean acrossMachines) {
        LogChange c = evidence.change();
        SessionOffsets.Offset offset = evidence.offset();
        Change change = evidence.interval();
        Verdict verdict = RegressionRule.verdict(change, thresholds);
        String note = null;
        if (!change.hasCi()) {
            note = "one fork per session: no interval";
        } else if (verdict == Verdict.INCONCLUSIVE) {
            note = noise(c, offset) + (acrossMachines ? ", " + ACROSS_MACHINES : "");
        } else if (acrossMachines) {
            note = ACROSS_MACHINES;
        }
        GateRow row = new GateRow(p.base().scenario(), p.base().mode(), p.metric().label(),
                Math.exp(p.baseline().grandMean()), Math.exp(p.now().grandMean()), GateRow.finite(change.change()),
                GateRow.finite(change.ciLow()), GateRow.finite(change.ciHigh()), verdict, p.unit(), note,
                GateRow.finite(change.confidence()), c.baselineSessions(), GateRow.finite(c.forkSd()),
                c.sessionSd());
        if (!p.contended().isEmpty()) {
            return row.judged(Verdict.INCONCLUSIVE, String.format(Locale.ROOT,
                    "contended: %d fork(s) ran while other processes used up to %.2f cores; not judged%s",
                    p.contended().size(), Optional.ofNullable(RunSamples.peakOtherCpu(p.contended())).orElse(0.0),
                    verdict == Verdict.FAIL || verdict == Verdict.WARN ? " (would " + verdict + ")" : ""));
        }
        if (runContended && (verdict == Verdict.FAIL || verdict == Verdict.WARN)) {
            return row.judged(Verdict.INCONCLUSIVE, "would " + verdict + ", but " + contendedForks
                    + " fork(s) of this run stayed contended: a contended run never fails; re-run on a quiet machine");
        }
        return row;
    }

    /** What the interval is made of, e.g. {@code forks ±3.1%, sessions ±20% assumed (1 session cannot show it)}. */
    static String noise(LogChange c, SessionOffsets.Offset offset) {
        return String.format(Locale.ROOT, "forks ±%.1f%%, ", c.forkSd() * 100) + offset.describe();
    }

    /** Why no row of {@code results} can be compared with {@code base}, null when they can. */
    static String incomparable(Baselines base, BenchmarkResults results) {
        if (base.legacy()) {
            return "The baselines were written by an older plugin (schema version 1) that did not record the"
                    + " measurement settings, so no row is compared. Re-record them with this plugin: `mvn verify`"
                    + " then `mvn decibench:baseline -Ddecibench.baselineReplace=true` (the old file is kept as .bak).";
        }
        List<String> differences = base.settings().differencesTo(GateSettings.of(results));
        if (differences.isEmpty()) {
            return null;
        }
        return "This run was measured with other settings than the baselines (" + String.join("; ", differences)
                + "), so no row is compared: one fork's number means something else under other settings. Run with"
                + " the baselines' settings (" + base.settings().asProperties() + "), or, to gate these settings"
                + " from now on, re-record with `mvn decibench:baseline -Ddecibench.baselineReplace=true`.";
    }

    static Double geometricMean(List<Double> values) {
        LogSessions l = LogSessions.single(values);
        return l == null ? null : Math.exp(l.grandMean());
    }

    static Double geometricMeanOfSessions(List<List<Double>> sessions) {
        LogSessions l = LogSessions.of(sessions);
        return l == null ? null : Math.exp(l.grandMean());
    }

    private static String idOf(Fingerprint f) {
        return f == null ? null : f.id();
    }

    private static boolean sameJdk(Fingerprint a, Fingerprint b) {
        return a != null && b != null && Objects.equals(a.jdkVendor(), b.jdkVendor())
                && Objects.equals(a.jdkVersion(), b.jdkVersion());
    }
}
