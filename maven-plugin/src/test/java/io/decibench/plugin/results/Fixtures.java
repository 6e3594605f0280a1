package io.decibench.plugin.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    public static Exactness exactness(String scenario, String drift) {
        Map<String, String> finals = new LinkedHashMap<>();
        finals.put("float", "123456.7800");
        finals.put("decimal", "123456.7812");
        finals.put("decimal-native", "123456.7812");
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("float", "aa11");
        hashes.put("decimal", "bb22");
        hashes.put("decimal-native", "bb22");
        return new Exactness(scenario, finals, hashes, true, drift, drift, true);
    }
}
