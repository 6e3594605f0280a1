package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.Overhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a run with its baselines, row by row: the overhead ratio on every machine, the time only on the machine
 * the baselines were taken on (same fingerprint id), allocation on the same JDK (it depends on the JIT's escape
 * analysis, not on the CPU).
 */
public final class RegressionGate {

    static final String NO_BASELINE = "no baseline: run `mvn decibench:baseline`";
    static final String OTHER_MACHINE = "other machine: not compared";
    static final String OTHER_JDK = "other JDK: not compared";
    static final String ALLOC_UNIT = "B/op";

    private final Thresholds thresholds;

    public RegressionGate(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds);
    }

    /** Gates {@code results}; without baselines only the target verdicts of the results remain. */
    public CheckOutcome check(BenchmarkResults results, Optional<Baselines> baselines) {
        if (baselines.isEmpty()) {
            return new CheckOutcome(List.of(), results, false, thresholds);
        }
        Baselines base = baselines.get();
        boolean sameMachine = Objects.equals(idOf(base.fingerprint()), idOf(results.fingerprint()));
        boolean sameJdk = sameJdk(base.fingerprint(), results.fingerprint());
        List<GateRow> rows = new ArrayList<>();
        for (ModeResult current : results.results()) {
            Optional<BaselineRow> baseRow = base.row(current.scenario(), current.mode());
            if (baseRow.isEmpty()) {
                if (current.isOk()) {
                    rows.add(GateRow.notCompared(current.scenario(), current.mode(), Metric.TIME, current.unit(),
                            null, current.mean(), NO_BASELINE));
                }
                continue;
            }
            BaselineRow b = baseRow.get();
            if (!current.isOk()) {
                rows.add(GateRow.notCompared(current.scenario(), current.mode(), Metric.TIME, b.unit(), b.timeMean(),
                        null,
                        "not measured now (" + current.status().label()
                                + (current.reason() == null ? "" : ": " + current.reason()) + ")"));
                continue;
            }
            results.overhead(current.scenario(), current.mode())
                    .filter(o -> o.overheadPercent() != null)
                    .ifPresent(o -> rows.add(ratioRow(b, o)));
            rows.add(sameMachine ? timeRow(b, current)
                    : GateRow.notCompared(b.scenario(), b.mode(), Metric.TIME, current.unit(), b.timeMean(),
                    current.mean(), OTHER_MACHINE));
            if (b.allocBytesPerOp() != null && current.allocBytesPerOp() != null) {
                rows.add(sameJdk ? allocRow(b, current)
                        : GateRow.notCompared(b.scenario(), b.mode(), Metric.ALLOC, ALLOC_UNIT,
                        b.allocBytesPerOp(), current.allocBytesPerOp(), OTHER_JDK));
            }
        }
        return new CheckOutcome(rows, results, true, thresholds);
    }

    private GateRow ratioRow(BaselineRow b, Overhead o) {
        double current = 1 + o.overheadPercent() / 100;
        if (b.overheadRatio() == null) {
            return GateRow.notCompared(b.scenario(), b.mode(), Metric.OVERHEAD_RATIO, null, null, current,
                    NO_BASELINE);
        }
        return compared(b, Metric.OVERHEAD_RATIO, null, b.ratioSamples(),
                BaselineRow.samplesOr(o.pairRatios(), current));
    }

    private GateRow timeRow(BaselineRow b, ModeResult current) {
        if (b.timeMean() == null || current.mean() == null) {
            return GateRow.notCompared(b.scenario(), b.mode(), Metric.TIME, current.unit(), b.timeMean(),
                    current.mean(), NO_BASELINE);
        }
        if (!Objects.equals(b.unit(), current.unit())) {
            return GateRow.notCompared(b.scenario(), b.mode(), Metric.TIME, current.unit(), b.timeMean(),
                    current.mean(), "unit changed from " + b.unit() + " to " + current.unit() + ": not compared");
        }
        return compared(b, Metric.TIME, current.unit(), b.timeSamples(),
                BaselineRow.samplesOr(current.forkMeans(), current.mean()));
    }

    /** A row whose baseline and current values are the geometric means of the samples the change comes from. */
    private GateRow compared(BaselineRow b, Metric metric, String unit, List<Double> base, List<Double> now) {
        Optional<Change> change = ChangeEstimator.estimate(base, now);
        if (change.isEmpty()) {
            return GateRow.notCompared(b.scenario(), b.mode(), metric, unit, null, null,
                    "values not positive: not compared");
        }
        return GateRow.compared(b.scenario(), b.mode(), metric, unit, ChangeEstimator.geometricMean(base),
                ChangeEstimator.geometricMean(now), change.get(), RegressionRule.verdict(change.get(), thresholds));
    }

    private GateRow allocRow(BaselineRow b, ModeResult current) {
        double base = b.allocBytesPerOp();
        double now = current.allocBytesPerOp();
        Change change = Change.withoutCi(base > 0 ? now / base - 1 : Double.NaN);
        return GateRow.compared(b.scenario(), b.mode(), Metric.ALLOC, ALLOC_UNIT, base, now, change,
                RegressionRule.allocVerdict(base, now, thresholds));
    }

    private static String idOf(Fingerprint f) {
        return f == null ? null : f.id();
    }

    private static boolean sameJdk(Fingerprint a, Fingerprint b) {
        return a != null && b != null && Objects.equals(a.jdkVendor(), b.jdkVendor())
                && Objects.equals(a.jdkVersion(), b.jdkVersion());
    }
}
