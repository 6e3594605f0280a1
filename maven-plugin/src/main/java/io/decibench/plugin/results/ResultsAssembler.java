package io.decibench.plugin.results;

import io.decibench.plugin.stats.GeometricMeanOverhead;
import io.decibench.plugin.stats.OverheadEstimate;
import io.decibench.plugin.stats.OverheadEstimator;
import io.decibench.plugin.stats.SampleSummary;
import io.decibench.plugin.stats.TargetVerdict;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the forks a benchmark run measured into {@link BenchmarkResults}: per scenario x mode summaries and times per
 * bar; per scenario x exact mode the end-to-end overhead against {@code float} and the same-engine overhead against
 * the mode's engine reference, both from paired fork means; the overall figures per mode over the scenarios that ran
 * it; the per-scenario and run target verdicts ({@link TargetVerdicts}).
 */
public final class ResultsAssembler {

    private ResultsAssembler() {
    }

    /** Assembles a run with the built-in mode metadata and no bar counts (tests, the gate's simulations). */
    public static BenchmarkResults assemble(List<ForkSample> forks, Settings settings, Fingerprint fingerprint,
                                            String gitCommit, Instant timestamp, List<Exactness> exactness,
                                            Map<String, String> unavailableModes) {
        Objects.requireNonNull(settings, "settings");
        return assemble(forks, settings, fingerprint, gitCommit, timestamp, exactness, unavailableModes,
                ModeMetadata.of(settings.modes()), List.of());
    }

    /**
     * Assembles the results of a run.
     *
     * @param forks            every measured fork; each must name a scenario and mode listed in {@code settings}
     * @param unavailableModes mode -> why it could not run here (e.g. native library missing); listed modes without
     *                         samples and without an entry here are "n/a" for that scenario
     * @param modes            what each mode of the settings is; a mode missing here is looked up in
     *                         {@link ModeMetadata}
     * @param scenarios        bars per backtest of each scenario (for ns per bar); may be empty
     */
    public static BenchmarkResults assemble(List<ForkSample> forks, Settings settings, Fingerprint fingerprint,
                                            String gitCommit, Instant timestamp, List<Exactness> exactness,
                                            Map<String, String> unavailableModes, List<ModeInfo> modes,
                                            List<ScenarioInfo> scenarios) {
        Objects.requireNonNull(settings, "settings");
        Map<String, String> unavailable = unavailableModes == null ? Map.of() : unavailableModes;
        Map<String, ModeInfo> info = new LinkedHashMap<>();
        modes.forEach(m -> info.put(m.mode(), m));
        settings.modes().forEach(m -> info.computeIfAbsent(m, ModeMetadata::of));
        List<ModeInfo> modeInfos = settings.modes().stream().map(info::get).toList();
        Map<String, List<ForkSample>> byRow = groupByRow(forks, settings);

        List<ModeResult> results = new ArrayList<>();
        for (String scenario : settings.scenarios()) {
            for (String mode : settings.modes()) {
                results.add(modeResult(scenario, mode, byRow.get(key(scenario, mode)), settings, unavailable));
            }
        }
        results = perBar(results, info, scenarios);

        OverheadEstimator estimator = new OverheadEstimator(settings.confidence());
        GeometricMeanOverhead combiner = new GeometricMeanOverhead(settings.confidence());
        List<Overhead> overheads = new ArrayList<>();
        List<OverallOverhead> overall = new ArrayList<>();
        for (ModeInfo mode : modeInfos) {
            if (!mode.exact()) {
                continue;
            }
            List<OverheadEstimate> endToEnd = new ArrayList<>();
            List<String> endToEndScenarios = new ArrayList<>();
            List<OverheadEstimate> sameEngine = new ArrayList<>();
            List<String> sameEngineScenarios = new ArrayList<>();
            for (String scenario : settings.scenarios()) {
                List<ForkSample> candidate = byRow.get(key(scenario, mode.mode()));
                if (candidate == null) {
                    continue;
                }
                OverheadEstimate e2e = against(estimator, byRow.get(key(scenario, ModeMetadata.FLOAT)), candidate);
                OverheadEstimate same = mode.reference().equals(ModeMetadata.FLOAT) ? e2e
                        : against(estimator, byRow.get(key(scenario, mode.reference())), candidate);
                if (e2e == null && same == null) {
                    continue;
                }
                if (e2e != null && e2e.overheadPercent() != null) {
                    endToEnd.add(e2e);
                    endToEndScenarios.add(scenario);
                }
                if (same != null && same.overheadPercent() != null) {
                    sameEngine.add(same);
                    sameEngineScenarios.add(scenario);
                }
                overheads.add(overhead(scenario, mode, e2e, same, settings.targetPercent()));
            }
            if (!endToEnd.isEmpty() || !sameEngine.isEmpty()) {
                OverheadEstimate all = endToEnd.isEmpty() ? null : combiner.combine(endToEnd);
                OverheadEstimate allSame = sameEngine.isEmpty() ? null : combiner.combine(sameEngine);
                overall.add(new OverallOverhead(mode.mode(), endToEndScenarios,
                        all == null ? null : all.overheadPercent(), all == null ? null : all.ciLowPercent(),
                        all == null ? null : all.ciHighPercent(),
                        all == null ? null : TargetVerdict.of(all, settings.targetPercent()), mode.reference(),
                        sameEngineScenarios, allSame == null ? null : allSame.overheadPercent(),
                        allSame == null ? null : allSame.ciLowPercent(),
                        allSame == null ? null : allSame.ciHighPercent()));
            }
        }

        // Scenario by scenario, modes in settings order: the order every table and chart shows them in.
        overheads.sort(Comparator.<Overhead>comparingInt(o -> settings.scenarios().indexOf(o.scenario()))
                .thenComparingInt(o -> settings.modes().indexOf(o.mode())));
        List<ScenarioVerdict> scenarioVerdicts = TargetVerdicts.perScenario(settings.scenarios(), overheads);
        RunVerdict verdict = TargetVerdicts.run(scenarioVerdicts, overheads, overall);
        return new BenchmarkResults(BenchmarkResults.SCHEMA_VERSION,
                timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.SECONDS), gitCommit, fingerprint,
                settings, modeInfos, scenarios, results, overheads, overall, scenarioVerdicts, verdict, exactness,
                ForkVm.common(forks));
    }

    /** The paired estimate of {@code candidate} against {@code reference}; null when the reference did not run. */
    private static OverheadEstimate against(OverheadEstimator estimator, List<ForkSample> reference,
                                            List<ForkSample> candidate) {
        return reference == null ? null : estimator.estimate(meansByRound(reference), meansByRound(candidate));
    }

    private static Overhead overhead(String scenario, ModeInfo mode, OverheadEstimate e2e, OverheadEstimate same,
                                     double target) {
        TargetVerdict verdict = e2e == null || e2e.overheadPercent() == null ? null : TargetVerdict.of(e2e, target);
        return new Overhead(scenario, mode.mode(),
                e2e == null ? null : e2e.overheadPercent(), e2e == null ? null : e2e.ciLowPercent(),
                e2e == null ? null : e2e.ciHighPercent(), e2e == null ? List.of() : e2e.pairRatios(), target,
                verdict, mode.reference(),
                same == null ? null : same.overheadPercent(), same == null ? null : same.ciLowPercent(),
                same == null ? null : same.ciHighPercent(), same == null ? List.of() : same.pairRatios());
    }

    /** Adds ns per bar (and the extra over the engine's reference) to every measured row whose bar count is known. */
    private static List<ModeResult> perBar(List<ModeResult> rows, Map<String, ModeInfo> info,
                                           List<ScenarioInfo> scenarios) {
        Map<String, Long> bars = new LinkedHashMap<>();
        scenarios.forEach(s -> bars.put(s.scenario(), s.bars()));
        Map<String, Double> ns = new LinkedHashMap<>();
        for (ModeResult r : rows) {
            Double perBar = nsPerBar(r, bars.get(r.scenario()));
            if (perBar != null) {
                ns.put(key(r.scenario(), r.mode()), perBar);
            }
        }
        List<ModeResult> out = new ArrayList<>();
        for (ModeResult r : rows) {
            Double own = ns.get(key(r.scenario(), r.mode()));
            ModeInfo m = info.get(r.mode());
            Double ref = m == null || m.isEngineReference() ? null : ns.get(key(r.scenario(), m.reference()));
            out.add(own == null ? r : r.withPerBar(own, ref == null ? null : own - ref));
        }
        return out;
    }

    private static Double nsPerBar(ModeResult r, Long bars) {
        if (!r.isOk() || r.mean() == null || bars == null || bars <= 0) {
            return null;
        }
        Double scale = nanosPerUnit(r.unit());
        return scale == null ? null : r.mean() * scale / bars;
    }

    /** Nanoseconds in one unit of a JMH average-time unit ({@code ms/op} -> 1e6); null for other units. */
    static Double nanosPerUnit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case "ns/op" -> 1.0;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> null;
        };
    }

    private static Map<String, List<ForkSample>> groupByRow(List<ForkSample> forks, Settings settings) {
        Map<String, List<ForkSample>> byRow = new LinkedHashMap<>();
        for (ForkSample f : forks) {
            if (!settings.scenarios().contains(f.scenario()) || !settings.modes().contains(f.mode())) {
                throw new IllegalArgumentException("fork of " + f.scenario() + " x " + f.mode()
                        + " (round " + f.round() + ") is outside the configured scenarios " + settings.scenarios()
                        + " and modes " + settings.modes());
            }
            byRow.computeIfAbsent(key(f.scenario(), f.mode()), k -> new ArrayList<>()).add(f);
        }
        byRow.values().forEach(list -> list.sort(
                Comparator.comparingInt(ForkSample::round).thenComparingInt(ForkSample::position)));
        return byRow;
    }

    private static ModeResult modeResult(String scenario, String mode, List<ForkSample> forks, Settings settings,
                                         Map<String, String> unavailable) {
        if (forks == null) {
            String reason = unavailable.get(mode);
            return reason != null
                    ? ModeResult.notMeasured(scenario, mode, ModeStatus.UNAVAILABLE, reason)
                    : ModeResult.notMeasured(scenario, mode, ModeStatus.NOT_APPLICABLE,
                            "scenario " + scenario + " does not implement mode " + mode);
        }
        String unit = forks.get(0).unit();
        for (ForkSample f : forks) {
            if (!f.unit().equals(unit)) {
                throw new IllegalArgumentException("forks of " + scenario + " x " + mode + " mix units "
                        + unit + " and " + f.unit());
            }
        }
        List<Double> means = forks.stream().map(ForkSample::mean).toList();
        SampleSummary s = SampleSummary.of(means, settings.confidence());
        double[] alloc = forks.stream().mapToDouble(ForkSample::allocBytesPerOp).filter(Double::isFinite).toArray();
        Double allocMean = alloc.length == 0 ? null : java.util.Arrays.stream(alloc).average().orElseThrow();
        return new ModeResult(scenario, mode, ModeStatus.OK, null, unit, means,
                forks.stream().map(ForkSample::iterations).toList(), s.mean(), s.median(), s.min(), s.max(),
                s.ciLow(), s.ciHigh(), allocMean, null, null, forks.stream().map(ForkSample::load).toList());
    }

    private static Map<Integer, Double> meansByRound(List<ForkSample> forks) {
        Map<Integer, Double> byRound = new LinkedHashMap<>();
        for (ForkSample f : forks) {
            if (byRound.put(f.round(), f.mean()) != null) {
                throw new IllegalArgumentException("two forks of " + f.scenario() + " x " + f.mode()
                        + " in round " + f.round() + ": pairing needs one fork per mode and round");
            }
        }
        return byRound;
    }

    private static String key(String scenario, String mode) {
        return scenario + '\u0000' + mode;
    }
}
