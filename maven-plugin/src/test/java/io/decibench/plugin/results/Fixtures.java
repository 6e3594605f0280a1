package io.decibench.plugin.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Synthetic runs shared by the results and report tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Settings settings(List<String> scenarios, List<String> modes, int runs) {
        return new Settings(scenarios, modes, runs, 3, "1s", 5, "1s", false, 30.0, 0.95, "counterbalanced", 600);
    }

    public static Fingerprint fingerprint() {
        return Fingerprint.of("Test CPU @ 3.0GHz", 2, 8, "Linux", "6.1.0", "amd64", "Eclipse Adoptium", "17.0.15",
                List.of("-Xmx2g"));
    }

    /** A fork whose iterations average exactly {@code mean}. */
    public static ForkSample fork(String scenario, String mode, int round, double mean, double alloc) {
        return new ForkSample(scenario, mode, round, 0, "ms/op", List.of(mean * 0.99, mean, mean * 1.01), alloc);
    }

    /**
     * Five rounds of one scenario x mode around {@code mean}, with a small deterministic wobble (and a per-mode
     * offset), so intervals are narrow and verdicts decided.
     */
    public static void rounds(List<ForkSample> into, String scenario, String mode, double mean) {
        double[] wobble = {1.00, 1.01, 0.995, 1.005, 0.99};
        for (int round = 1; round <= 5; round++) {
            into.add(fork(scenario, mode, round, mean * wobble[round - 1] * (1 + 0.001 * mode.length()), 64));
        }
    }

    /**
     * Mixed scenarios: the native core meets the target in daily (the only scenario it runs), while the team's own
     * ledger scenario rsi misses it with both its exact modes, BigDecimal and a user mode {@code joda-money}.
     */
    public static BenchmarkResults mixedRun(List<Exactness> exactness) {
        List<ForkSample> forks = new ArrayList<>();
        rounds(forks, "daily", "float", 1.0);
        rounds(forks, "daily", "decimal-native", 0.9);
        rounds(forks, "rsi", "float", 1.0);
        rounds(forks, "rsi", "decimal", 5.0);
        rounds(forks, "rsi", "joda-money", 1.85);
        return ResultsAssembler.assemble(forks, settings(List.of("daily", "rsi"),
                List.of("float", "decimal", "decimal-native", "joda-money"), 5), fingerprint(), null,
                Instant.parse("2026-11-26T22:00:00Z"), exactness, Map.of());
    }

    /**
     * daily and hourly in all three modes over 5 rounds: decimal about +40 % (MISSED), decimal-native
     * about +10 % (MET), with small deterministic round-to-round wobble.
     */
    public static BenchmarkResults sampleRun() {
        return sampleRun(Map.of(), 1.0);
    }

    /**
     * The sample run with each listed mode's times multiplied by its factor, and every fork's deviation from its
     * round's value multiplied by {@code wobbleScale} (1 = the sample's own, 10 = ten times noisier).
     */
    public static BenchmarkResults sampleRun(Map<String, Double> modeFactor, double wobbleScale) {
        List<String> scenarios = List.of("daily", "hourly");
        List<String> modes = List.of("float", "decimal", "decimal-native");
        double[] wobble = {1.00, 1.02, 0.99, 1.01, 0.98};
        double[] ratioWobble = {1.00, 1.01, 0.995, 1.005, 0.99};
        List<ForkSample> forks = new ArrayList<>();
        for (String s : scenarios) {
            double base = s.equals("daily") ? 10.0 : 4.0;
            for (int r = 1; r <= 5; r++) {
                double f = base * Math.pow(wobble[r - 1], wobbleScale);
                double rw = Math.pow(ratioWobble[r - 1], wobbleScale);
                forks.add(fork(s, "float", r, f * modeFactor.getOrDefault("float", 1.0), 128));
                forks.add(fork(s, "decimal", r, f * 1.40 * rw * modeFactor.getOrDefault("decimal", 1.0), 25_000_000));
                forks.add(fork(s, "decimal-native", r, f * 1.10 / rw * modeFactor.getOrDefault("decimal-native", 1.0),
                        256));
            }
        }
        List<Exactness> exactness = List.of(exactness("daily", "0.0012"), exactness("hourly", "0"));
        return ResultsAssembler.assemble(forks, settings(scenarios, modes, 5), fingerprint(), "3f2a9c",
                Instant.parse("2026-11-26T22:00:00Z"), exactness, Map.of());
    }

    /** Exact modes agreeing, float drifting by {@code drift} with no decision flips. */
    public static Exactness exactness(String scenario, String drift) {
        return new Exactness(scenario, "decimal", List.of("decimal", "decimal-native"), true, List.of(
                new ModeExactness("float", false, "123456.7800", "aa11", 12L, 1200L, "1.2000", null, drift, drift,
                        drift, true, 0, List.of()),
                new ModeExactness("decimal", true, "123456.7812", "bb22", 12L, 1200L, "1.2000", null, null, null,
                        null, null, null, List.of()),
                new ModeExactness("decimal-native", true, "123456.7812", "bb22", 12L, 1200L, "1.2000", true, null,
                        null, null, null, null, List.of())));
    }
}
