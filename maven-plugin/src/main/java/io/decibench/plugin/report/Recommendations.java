package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.ModeStatus;
import io.decibench.plugin.results.OverallOverhead;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.stats.TargetVerdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Concrete next steps derived from a run's numbers (and its regression rows): what to change in the code,
 * the measurement or the baselines, each with the command that does it.
 */
public final class Recommendations {

    /** A CI half-width above this many percentage points is too wide to act on. */
    static final double WIDE_CI_POINTS = 10.0;
    /** A decimal mode allocating this many times more than float is worth a look at GC pressure. */
    static final double ALLOC_FACTOR = 100.0;

    private Recommendations() {
    }

    /** The recommendations for the report's results (which must be present), regressions and baselines. */
    public static List<String> of(ReportData data) {
        BenchmarkResults results = data.results();
        List<String> out = new ArrayList<>();
        choice(results, out);
        precision(results, out);
        unavailable(results, out);
        exactness(results, out);
        allocation(results, out);
        regressions(data, out);
        if (results.settings() != null && results.settings().quick()) {
            out.add("These figures come from the quick preset: before publishing or baselining them, run the full "
                    + "suite on a quiet machine (`mvn verify` without -Ddecibench.quick).");
        }
        return out;
    }

    private static void choice(BenchmarkResults r, List<String> out) {
        List<OverallOverhead> met = r.overall().stream().filter(o -> o.verdict() == TargetVerdict.MET).toList();
        List<OverallOverhead> missed = r.overall().stream().filter(o -> o.verdict() == TargetVerdict.MISSED).toList();
        double target = r.settings() == null ? 30 : r.settings().targetPercent();
        if (!met.isEmpty() && !missed.isEmpty()) {
            out.add("Use " + names(met) + " for money arithmetic: it meets the " + ReportFormat.target(target)
                    + " target where " + names(missed) + " misses it.");
        } else if (!met.isEmpty()) {
            out.add("Exact decimals cost less than the " + ReportFormat.target(target) + " target here ("
                    + names(met) + "): the exactness is affordable.");
        }
        if (!missed.isEmpty()) {
            String scenario = r.settings() == null || r.settings().scenarios().isEmpty()
                    ? "<scenario>" : r.settings().scenarios().get(0);
            out.add("See where the decimal time goes: `mvn decibench:profile -Ddecibench.scenarios=" + scenario
                    + " -Ddecibench.modes=" + missed.get(0).mode() + "`.");
        }
    }

    private static void precision(BenchmarkResults r, List<String> out) {
        int runs = r.settings() == null ? 0 : r.settings().runs();
        List<String> vague = new ArrayList<>();
        for (Overhead o : r.overheads()) {
            boolean noCi = o.overheadCiLow() == null || o.overheadCiHigh() == null;
            boolean wide = !noCi && (o.overheadCiHigh() - o.overheadCiLow()) / 2 > WIDE_CI_POINTS;
            if (noCi || wide || o.verdict() == TargetVerdict.INCONCLUSIVE) {
                vague.add(o.scenario() + " / " + o.mode());
            }
        }
        if (!vague.isEmpty()) {
            out.add("The overhead of " + String.join(", ", vague) + " is not precise enough for a verdict: run more "
                    + "rounds on a quieter machine (`-Ddecibench.runs=" + Math.max(5, runs * 2) + "`).");
        }
    }

    private static void unavailable(BenchmarkResults r, List<String> out) {
        r.results().stream().filter(m -> m.status() == ModeStatus.UNAVAILABLE)
                .map(m -> m.mode() + " was not measured (" + (m.reason() == null ? "unavailable" : m.reason()) + ").")
                .distinct().forEach(out::add);
    }

    private static void exactness(BenchmarkResults r, List<String> out) {
        for (Exactness e : r.exactness()) {
            if (!e.decimalModesAgree()) {
                out.add("The decimal modes disagree in " + e.scenario() + ": that is a bug in a kernel, not a "
                        + "rounding choice. Report it with the session-value hashes from the exactness table.");
            }
            if (isNonZero(e.floatDriftMaxSession()) || isNonZero(e.floatDriftFinal())) {
                out.add("float drifted from the exact ledger in " + e.scenario() + " (up to "
                        + e.floatDriftMaxSession() + " in a session value): a double ledger would report money "
                        + "that was never there. That drift is what the decimal overhead buys.");
            }
        }
    }

    private static void allocation(BenchmarkResults r, List<String> out) {
        for (ModeResult m : r.results()) {
            if (m.mode().equals("float") || m.allocBytesPerOp() == null) {
                continue;
            }
            Optional<ModeResult> base = r.result(m.scenario(), "float");
            Double floatAlloc = base.map(ModeResult::allocBytesPerOp).orElse(null);
            if (floatAlloc != null && m.allocBytesPerOp() > ALLOC_FACTOR * Math.max(floatAlloc, 1)) {
                out.add(String.format(Locale.ROOT, "%s / %s allocates %s per backtest (float: %s): that is GC "
                                + "pressure in a real service; the native core avoids it.", m.scenario(), m.mode(),
                        ReportFormat.bytes(m.allocBytesPerOp()), ReportFormat.bytes(floatAlloc)));
            }
        }
    }

    private static void regressions(ReportData data, List<String> out) {
        List<String> failed = data.regressions().stream().filter(x -> "FAIL".equals(x.verdict()) || "WARN".equals(x.verdict()))
                .map(x -> x.scenario() + " / " + x.mode() + " " + x.metric() + " " + x.verdict()).toList();
        if (!failed.isEmpty()) {
            out.add("Regressions against the baselines (" + String.join(", ", failed) + "): look at the changes "
                    + "since the baseline's commit; if the slowdown is intended, accept it with "
                    + "`mvn decibench:baseline` and commit the baselines file.");
        }
        if (!data.baselinesExist()) {
            out.add("No baselines yet: record this run with `mvn decibench:baseline` and commit "
                    + (data.baselineFile() == null ? "the baselines file" : data.baselineFile())
                    + ", so `check` can catch regressions.");
        }
    }

    private static boolean isNonZero(String decimal) {
        if (decimal == null) {
            return false;
        }
        try {
            return new BigDecimal(decimal).signum() != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String names(List<OverallOverhead> modes) {
        return String.join(" and ", modes.stream().map(OverallOverhead::mode).toList());
    }
}
