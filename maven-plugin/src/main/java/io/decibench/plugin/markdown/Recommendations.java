package io.decibench.plugin.markdown;

import io.decibench.kernel.spi.Modes;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.ModeStatus;
import io.decibench.plugin.results.OverallOverhead;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.stats.TargetVerdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Derives concrete next steps from a run's numbers (noise, verdicts, drift, allocation, missing modes). */
public final class Recommendations {

    /** A mode allocating this much per backtest puts real pressure on the GC. */
    static final double HIGH_ALLOC_BYTES = 1024.0 * 1024.0;
    /** A CI half-width above this fraction of the mean time is too noisy to gate on. */
    static final double WIDE_RELATIVE_HALF_WIDTH = 0.10;

    private Recommendations() {
    }

    /** The recommendations, most important first; never empty. */
    public static List<String> derive(BenchmarkResults r) {
        List<String> out = new ArrayList<>();
        int runs = r.settings().runs();
        double target = r.settings().targetPercent();

        missingModes(r, out);
        if (runs < 2) {
            out.add("Only " + runs + " run per mode: no confidence interval, so every verdict is INCONCLUSIVE. "
                    + "Use at least 3 runs (`-Ddecibench.runs=5`).");
        }
        for (Overhead o : r.overheads()) {
            inconclusive(o, runs, out);
        }
        noisyTimes(r, runs, out);
        nativeOverBigDecimal(r, target, out);
        bothMissed(r, target, out);
        exactness(r, out);
        allocation(r, out);
        if (r.verdict() != null && r.verdict().verdict() == TargetVerdict.MET) {
            out.add("The target is met: record this run as the baseline with `mvn decibench:baseline` so "
                    + "`mvn verify` gates future regressions against it.");
        }
        if (out.isEmpty()) {
            out.add("Nothing stands out. Keep `history.jsonl` to watch the overhead's trend across commits.");
        }
        return out;
    }

    private static void missingModes(BenchmarkResults r, List<String> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (ModeResult m : r.results()) {
            if (m.status() == ModeStatus.UNAVAILABLE && seen.add(m.mode())) {
                out.add("`" + m.mode() + "` was not measured on this machine: " + m.reason());
            }
        }
    }

    private static void inconclusive(Overhead o, int runs, List<String> out) {
        if (o.verdict() != TargetVerdict.INCONCLUSIVE || o.overheadCiLow() == null) {
            return;
        }
        double half = (o.overheadCiHigh() - o.overheadCiLow()) / 2.0;
        double distance = Math.abs(o.overheadPercent() - o.targetPercent());
        String advice;
        if (distance < 1e-9 || half <= 0) {
            advice = "the overhead sits on the target; more runs will not separate them";
        } else {
            // The half-width shrinks roughly with 1/sqrt(n): this many runs would put the target outside the CI.
            long needed = (long) Math.ceil(runs * Math.pow(half / distance, 2) * 1.2);
            needed = Math.max(needed, runs + 2);
            advice = needed > 100
                    ? "the overhead is too close to the target to decide with a practical number of runs"
                    : "raise the runs to about " + needed + " (`-Ddecibench.runs=" + needed + "`)";
        }
        out.add("`" + o.scenario() + "` x `" + o.mode() + "`: the overhead's CI "
                + Numbers.percentWithCi(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh())
                + " contains the " + Numbers.percent(o.targetPercent()) + " target, so the verdict is "
                + "INCONCLUSIVE: " + advice + ".");
    }

    private static void noisyTimes(BenchmarkResults r, int runs, List<String> out) {
        List<String> noisy = new ArrayList<>();
        for (ModeResult m : r.results()) {
            if (m.isOk() && m.ciHigh() != null && m.mean() != null && m.mean() > 0
                    && (m.ciHigh() - m.ciLow()) / 2.0 / m.mean() > WIDE_RELATIVE_HALF_WIDTH) {
                noisy.add("`" + m.scenario() + "` x `" + m.mode() + "` (+/- "
                        + Numbers.percent(100 * (m.ciHigh() - m.ciLow()) / 2.0 / m.mean()) + ")");
            }
        }
        if (!noisy.isEmpty()) {
            out.add("Mean times vary more than +/- 10 % between forks for " + String.join(", ", noisy)
                    + ": the machine is noisy. Close other workloads, raise the runs (`-Ddecibench.runs="
                    + Math.max(runs * 2, 5) + "`) or the iteration time, and compare times only between runs with"
                    + " the same fingerprint.");
        }
    }

    private static void nativeOverBigDecimal(BenchmarkResults r, double target, List<String> out) {
        Optional<OverallOverhead> dec = r.overall(Modes.DECIMAL);
        Optional<OverallOverhead> nat = r.overall(Modes.DECIMAL_NATIVE);
        if (dec.isPresent() && nat.isPresent() && nat.get().verdict() == TargetVerdict.MET
                && dec.get().verdict() != TargetVerdict.MET) {
            out.add("`decimal` (BigDecimal) costs " + Numbers.percent(dec.get().overheadPercent())
                    + " overall and does not meet the " + Numbers.percent(target) + " target, while `decimal-native`"
                    + " costs " + Numbers.percent(nat.get().overheadPercent()) + " and meets it with the same"
                    + " exact results: use the native decimal core for this workload.");
        }
    }

    private static void bothMissed(BenchmarkResults r, double target, List<String> out) {
        if (r.overall().isEmpty() || !r.overall().stream().allMatch(o -> o.verdict() == TargetVerdict.MISSED)) {
            return;
        }
        r.overheads().stream()
                .filter(o -> o.overheadPercent() != null)
                .max(Comparator.comparingDouble(Overhead::overheadPercent))
                .ifPresent(worst -> out.add("No decimal mode meets the " + Numbers.percent(target)
                        + " target. The costliest row is `" + worst.scenario() + "` x `" + worst.mode() + "` ("
                        + Numbers.percent(worst.overheadPercent()) + "): profile it with `mvn decibench:profile"
                        + " -Ddecibench.scenarios=" + worst.scenario() + " -Ddecibench.modes=" + worst.mode()
                        + "` and look at the hottest module, or agree on a realistic target."));
    }

    private static void exactness(BenchmarkResults r, List<String> out) {
        for (Exactness e : r.exactness()) {
            if (!e.decimalModesAgree()) {
                out.add("The decimal modes disagree in `" + e.scenario() + "` (final values " + e.finalValue()
                        + "). They must agree bit for bit: this is a bug in a kernel, not noise. Report it with"
                        + " this file attached.");
            }
        }
        Optional<Exactness> worst = r.exactness().stream()
                .filter(e -> drift(e.floatDriftMaxSession()).signum() != 0)
                .max(Comparator.comparing(e -> drift(e.floatDriftMaxSession())));
        worst.ifPresent(e -> out.add("`float` drifted from the exact ledger by up to "
                + MoneyFormat.readable(e.floatDriftMaxSession()) + " currency units (`" + e.scenario()
                + "`, final value off by " + (e.floatDriftFinal() == null ? "n/a" : MoneyFormat.readable(e.floatDriftFinal())) + "). "
                + "Double cannot hold most cent amounts exactly and rounds ties differently, so a double ledger"
                + " does not reconcile to the cent with an exact one: that is what the decimal overhead buys."
                + (Boolean.FALSE.equals(e.floatWithinTolerance())
                        ? " The drift exceeds the 1e-6 relative tolerance: do not use `float` for this ledger."
                        : "")));
    }

    private static BigDecimal drift(String value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value).abs();
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static void allocation(BenchmarkResults r, List<String> out) {
        for (String mode : r.settings().modes()) {
            List<ModeResult> heavy = r.results().stream()
                    .filter(m -> m.mode().equals(mode) && m.isOk() && m.allocBytesPerOp() != null
                            && m.allocBytesPerOp() >= HIGH_ALLOC_BYTES)
                    .toList();
            if (heavy.isEmpty()) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            for (ModeResult m : heavy) {
                Double floatAlloc = r.result(m.scenario(), Modes.FLOAT).map(ModeResult::allocBytesPerOp).orElse(null);
                String relative = floatAlloc == null || floatAlloc <= 0 || mode.equals(Modes.FLOAT) ? ""
                        : ", " + Numbers.sig(m.allocBytesPerOp() / floatAlloc) + "x float";
                rows.add("`" + m.scenario() + "`: " + Numbers.bytes(m.allocBytesPerOp()) + relative);
            }
            String scenarios = heavy.stream().map(ModeResult::scenario).collect(Collectors.joining(","));
            out.add("`" + mode + "` allocates over 1 MiB per backtest (" + String.join("; ", rows) + "). "
                    + (mode.equals(Modes.DECIMAL)
                    ? "BigDecimal values are immutable objects, so this is expected; it costs GC time under load"
                    + " (size the young generation accordingly) and is one reason `decimal-native` is faster."
                    : "This mode should allocate almost nothing per bar: find the allocation sites with"
                    + " `mvn decibench:profile -Ddecibench.scenarios=" + scenarios + " -Ddecibench.modes=" + mode
                    + "`."));
        }
    }
}
