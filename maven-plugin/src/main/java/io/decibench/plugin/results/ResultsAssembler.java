package io.decibench.plugin.results;

import io.decibench.kernel.spi.Modes;
import io.decibench.plugin.stats.GeometricMeanOverhead;
import io.decibench.plugin.stats.OverheadEstimate;
import io.decibench.plugin.stats.OverheadEstimator;
import io.decibench.plugin.stats.SampleSummary;
import io.decibench.plugin.stats.TargetVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the forks a benchmark run measured into {@link BenchmarkResults}: per scenario x mode summaries, paired
 * overheads of every decimal mode over float, the overall overhead per mode and the run's verdict.
 */
public final class ResultsAssembler {

    private ResultsAssembler() {
    }

    /**
     * Assembles the results of a run.
     *
     * @param forks            every measured fork; each must name a scenario and mode listed in {@code settings}
     * @param unavailableModes mode -> why it could not run here (e.g. native library missing); listed modes without
     *                         samples and without an entry here are "n/a" for that scenario
     */
    public static BenchmarkResults assemble(List<ForkSample> forks, Settings settings, Fingerprint fingerprint,
                                            String gitCommit, Instant timestamp, List<Exactness> exactness,
                                            Map<String, String> unavailableModes) {
        Objects.requireNonNull(settings, "settings");
        Map<String, String> unavailable = unavailableModes == null ? Map.of() : unavailableModes;
        Map<String, List<ForkSample>> byRow = groupByRow(forks, settings);

        List<ModeResult> results = new ArrayList<>();
        for (String scenario : settings.scenarios()) {
            for (String mode : settings.modes()) {
                results.add(modeResult(scenario, mode, byRow.get(key(scenario, mode)), settings, unavailable));
            }
        }

        OverheadEstimator estimator = new OverheadEstimator(settings.confidence());
        GeometricMeanOverhead combiner = new GeometricMeanOverhead(settings.confidence());
        List<Overhead> overheads = new ArrayList<>();
        List<OverallOverhead> overall = new ArrayList<>();
        for (String mode : decimalModes(settings)) {
            List<OverheadEstimate> perScenario = new ArrayList<>();
            for (String scenario : settings.scenarios()) {
                List<ForkSample> base = byRow.get(key(scenario, Modes.FLOAT));
                List<ForkSample> candidate = byRow.get(key(scenario, mode));
                if (base == null || candidate == null) {
                    continue;
                }
                OverheadEstimate e = estimator.estimate(meansByRound(base), meansByRound(candidate));
                perScenario.add(e);
                overheads.add(new Overhead(scenario, mode, e.overheadPercent(), e.ciLowPercent(),
                        e.ciHighPercent(), e.pairRatios(), settings.targetPercent(),
                        TargetVerdict.of(e, settings.targetPercent())));
            }
            if (!perScenario.isEmpty()) {
                OverheadEstimate all = combiner.combine(perScenario);
                overall.add(new OverallOverhead(mode, all.overheadPercent(), all.ciLowPercent(),
                        all.ciHighPercent(), TargetVerdict.of(all, settings.targetPercent())));
            }
        }

        RunVerdict verdict = overall.stream()
                .filter(o -> o.overheadPercent() != null)
                .min(Comparator.comparingDouble(OverallOverhead::overheadPercent))
                .map(o -> new RunVerdict(o.mode(), o.verdict()))
                .orElse(null);
        return new BenchmarkResults(BenchmarkResults.SCHEMA_VERSION, timestamp, gitCommit, fingerprint, settings,
                results, overheads, overall, verdict, exactness, ForkVm.common(forks));
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
                s.ciLow(), s.ciHigh(), allocMean, forks.stream().map(ForkSample::load).toList());
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

    private static List<String> decimalModes(Settings settings) {
        return settings.modes().stream().filter(m -> !m.equals(Modes.FLOAT)).toList();
    }

    private static String key(String scenario, String mode) {
        return scenario + '\u0000' + mode;
    }
}
