package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.bench.Measurement;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ResultsAssembler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Does the gate hold on a noisy machine? Seeded simulations of whole runs (forks -> ResultsAssembler -> baselines ->
 * RegressionGate) with per-fork noise at the coefficient of variation measured on this machine.
 */
class GateSimulationTest {

    /**
     * CV of per-fork means measured on the 2-core shared build machine: default settings (5 x 1s iterations after
     * 3 x 1s warm-up), scenario daily, 6 rounds, modes float / decimal / decimal-native; the largest of the three
     * modes' CVs (sample sd / mean of forkMeans in benchmark-results.json), rounded up.
     */
    static final double FORK_CV = 0.02;

    private static final int TRIALS = 1000;
    private static final int RUNS = Measurement.DEFAULT.runs();
    private static final String SCENARIO = "daily";

    @Test
    void sameDistributionRarelyWarnsAndAlmostNeverFails() {
        Map<Verdict, Integer> time = new EnumMap<>(Verdict.class);
        Map<Verdict, Integer> ratio = new EnumMap<>(Verdict.class);
        simulate(1.0, 20261126L, time, ratio);

        assertThat(rate(time, Verdict.FAIL)).as("A/A time FAIL rate %s", time).isLessThanOrEqualTo(0.005);
        assertThat(rate(time, Verdict.WARN)).as("A/A time WARN rate %s", time).isLessThanOrEqualTo(0.05);
        assertThat(rate(ratio, Verdict.FAIL)).as("A/A ratio FAIL rate %s", ratio).isLessThanOrEqualTo(0.005);
        assertThat(rate(ratio, Verdict.WARN)).as("A/A ratio WARN rate %s", ratio).isLessThanOrEqualTo(0.05);
        System.out.printf("A/A at CV %.3f, %d runs: time %s, ratio %s%n", FORK_CV, RUNS, time, ratio);
    }

    @Test
    void aQuarterSlowerAlmostAlwaysFails() {
        Map<Verdict, Integer> time = new EnumMap<>(Verdict.class);
        Map<Verdict, Integer> ratio = new EnumMap<>(Verdict.class);
        simulate(1.25, 42L, time, ratio);

        assertThat(rate(time, Verdict.FAIL)).as("25%% slowdown time FAIL rate %s", time).isGreaterThanOrEqualTo(0.95);
        assertThat(rate(ratio, Verdict.FAIL)).as("25%% slowdown ratio FAIL rate %s", ratio)
                .isGreaterThanOrEqualTo(0.95);
        System.out.printf("+25%% at CV %.3f, %d runs: time %s, ratio %s%n", FORK_CV, RUNS, time, ratio);
    }

    /** Counts the verdicts of the decimal mode's time and overhead-ratio rows over {@link #TRIALS} A/B runs. */
    private static void simulate(double decimalSlowdown, long seed, Map<Verdict, Integer> time,
                                 Map<Verdict, Integer> ratio) {
        Random random = new Random(seed);
        RegressionGate gate = new RegressionGate(Thresholds.DEFAULTS);
        for (int trial = 0; trial < TRIALS; trial++) {
            Baselines baselines = Baselines.from(run(random, 1.0), Thresholds.DEFAULTS, Instant.EPOCH);
            CheckOutcome outcome = gate.check(run(random, decimalSlowdown), Optional.of(baselines));
            for (GateRow row : outcome.rows()) {
                if (row.mode().equals("decimal")) {
                    (row.metric().equals("time") ? time : ratio).merge(row.verdict(), 1, Integer::sum);
                }
            }
        }
        assertThat(time.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(TRIALS);
        assertThat(ratio.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(TRIALS);
    }

    /** One run: float at 10 ms/op, decimal at 14 ms/op x slowdown, each fork mean with lognormal noise at FORK_CV. */
    private static BenchmarkResults run(Random random, double decimalSlowdown) {
        double sigma = Math.sqrt(Math.log1p(FORK_CV * FORK_CV));
        List<ForkSample> forks = new ArrayList<>();
        for (int round = 1; round <= RUNS; round++) {
            forks.add(fork("float", round, 10.0 * Math.exp(sigma * random.nextGaussian())));
            forks.add(fork("decimal", round, 14.0 * decimalSlowdown * Math.exp(sigma * random.nextGaussian())));
        }
        return ResultsAssembler.assemble(forks, Fixtures.settings(List.of(SCENARIO), List.of("float", "decimal"),
                RUNS), Fixtures.fingerprint(), null, Instant.EPOCH, List.of(), Map.of());
    }

    private static ForkSample fork(String mode, int round, double mean) {
        return new ForkSample(SCENARIO, mode, round, 0, "ms/op", List.of(mean), Double.NaN);
    }

    private static double rate(Map<Verdict, Integer> counts, Verdict verdict) {
        return counts.getOrDefault(verdict, 0) / (double) TRIALS;
    }
}
