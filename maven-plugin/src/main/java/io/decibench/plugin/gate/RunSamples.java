package io.decibench.plugin.gate;

import io.decibench.kernel.spi.Modes;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.ForkLoad;
import io.decibench.plugin.results.ForkStatistic;
import io.decibench.plugin.results.ModeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gate's view of one run: per measured scenario x mode the per-fork values it compares (the statistic the run
 * recorded, see {@link ForkStatistic}), the pair ratios against {@code float} of the same rounds, and which forks
 * ran contended.
 */
public final class RunSamples {

    private final BenchmarkResults results;
    private final ForkStatistic statistic;

    public RunSamples(BenchmarkResults results) {
        this.results = results;
        this.statistic = ForkStatistic.named(results.settings() == null ? null : results.settings().forkStatistic());
    }

    public BenchmarkResults results() {
        return results;
    }

    /**
     * Per fork (round order) the statistic the results recorded as the gate's (the fastest iteration since it was
     * chosen, the median in older files); the fork means when a file recorded no iterations.
     */
    public List<Double> forkTimes(ModeResult r) {
        if (!r.samples().isEmpty()) {
            return r.samples().stream().map(statistic::of).toList();
        }
        return r.forkMeans();
    }

    /**
     * Per round this mode's fork value over float's in the same round and scenario; empty for float itself, or when
     * float was not measured or the two have different numbers of forks (they cannot be paired).
     */
    public List<Double> pairRatios(ModeResult r) {
        if (r.mode().equals(Modes.FLOAT)) {
            return List.of();
        }
        Optional<ModeResult> reference = results.result(r.scenario(), Modes.FLOAT).filter(ModeResult::isOk);
        if (reference.isEmpty()) {
            return List.of();
        }
        List<Double> num = forkTimes(r);
        List<Double> den = forkTimes(reference.get());
        if (num.size() != den.size()) {
            return List.of();
        }
        List<Double> ratios = new ArrayList<>(num.size());
        for (int i = 0; i < num.size(); i++) {
            ratios.add(num.get(i) / den.get(i));
        }
        return ratios;
    }

    /** The forks of a row that stayed contended (after their re-run). */
    public List<ForkLoad> contended(ModeResult r) {
        return r.forkLoads().stream().filter(ForkLoad::contended).toList();
    }

    /** The contended forks behind a ratio row: its own and float's. */
    public List<ForkLoad> contendedPair(ModeResult r) {
        List<ForkLoad> out = new ArrayList<>(contended(r));
        results.result(r.scenario(), Modes.FLOAT).ifPresent(f -> out.addAll(contended(f)));
        return out;
    }

    /** How many forks of the whole run stayed contended. */
    public int contendedForks() {
        return (int) results.results().stream().flatMap(r -> r.forkLoads().stream()).filter(ForkLoad::contended)
                .count();
    }

    /** How many forks were re-run because they were contended. */
    public int rerunForks() {
        return (int) results.results().stream().flatMap(r -> r.forkLoads().stream()).filter(l -> l.reruns() > 0)
                .count();
    }

    /** The highest other-process CPU among the given loads, null when none was sampled. */
    public static Double peakOtherCpu(List<ForkLoad> loads) {
        return loads.stream().map(ForkLoad::otherCpu).filter(v -> v != null).max(Double::compare).orElse(null);
    }
}
