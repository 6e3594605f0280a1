package io.decibench.plugin.gate;

import io.decibench.plugin.bench.ForkSchedule;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ForkStatistic;
import io.decibench.plugin.results.ResultsAssembler;
import io.decibench.plugin.results.Settings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Simulates the whole gate on a {@link NoiseModel}: per build it draws a baseline of several sessions, records them
 * with {@link BaselineUpdate} (refusals included), draws one more run (with an optional injected slowdown of one
 * mode) and checks it with {@link RegressionGate}, exactly as {@code baseline} and {@code check} would. It counts
 * build-level verdicts: a build FAILs when any row FAILs and WARNs when any row WARNs and none FAILs.
 */
public final class GateSimulator {

    private static final Fingerprint MACHINE = Fingerprint.of("Simulated CPU", 2, 8, "Linux", "6.1.0", "amd64",
            "Simulated", "17.0.15", List.of("-Xms1g", "-Xmx1g"));

    private final NoiseModel noise;
    private final Random random;
    /** Every drawn run ends a minute after the one before: {@code baseline} records a run only once. */
    private Instant clock = Instant.EPOCH;

    public GateSimulator(NoiseModel noise, long seed) {
        this.noise = noise;
        this.random = new Random(seed);
    }

    /**
     * Build-level rates.
     *
     * @param fail             share of builds with a FAIL row
     * @param warn             share of builds with a WARN row and no FAIL row
     * @param slowedFail       share of builds in which a row of the slowed mode FAILs
     * @param slowedWarnOrFail share of builds in which a row of the slowed mode WARNs or FAILs
     * @param inconclusiveRows share of gated rows that are INCONCLUSIVE
     */
    public record Rates(int builds, double fail, double warn, double slowedFail, double slowedWarnOrFail,
                        double inconclusiveRows) {
    }

    /** Checked runs per simulated baseline: recording a baseline costs as much as several checks. */
    static final int CHECKS_PER_BASELINE = 4;

    /**
     * @param runs             rounds of the checked run
     * @param baselineSessions sessions recorded before it, each with {@code runs} rounds
     * @param slowedMode       mode whose operations get {@code slowdown} more work in the checked run, or null
     * @param builds           checked runs; every {@value #CHECKS_PER_BASELINE} share one freshly drawn baseline
     */
    public Rates simulate(int runs, int baselineSessions, String slowedMode, double slowdown, int builds) {
        int fail = 0;
        int warn = 0;
        int slowedFail = 0;
        int slowedWarnOrFail = 0;
        long inconclusive = 0;
        long gated = 0;
        RegressionGate gate = new RegressionGate(Thresholds.DEFAULTS);
        Baselines baselines = null;
        for (int b = 0; b < builds; b++) {
            if (b % CHECKS_PER_BASELINE == 0) {
                baselines = baseline(runs, baselineSessions);
            }
            CheckOutcome outcome = gate.check(session(runs, slowedMode, slowdown), Optional.of(baselines));
            boolean anyFail = false;
            boolean anyWarn = false;
            boolean modeFail = false;
            boolean modeWarn = false;
            for (GateRow r : outcome.rows()) {
                boolean slowed = r.mode().equals(slowedMode);
                if (r.verdict() == Verdict.FAIL) {
                    anyFail = true;
                    modeFail |= slowed;
                }
                if (r.verdict() == Verdict.WARN) {
                    anyWarn = true;
                    modeWarn |= slowed;
                }
                if (r.confidence() != null) {
                    gated++;
                    inconclusive += r.verdict() == Verdict.INCONCLUSIVE ? 1 : 0;
                }
            }
            fail += anyFail ? 1 : 0;
            warn += !anyFail && anyWarn ? 1 : 0;
            slowedFail += modeFail ? 1 : 0;
            slowedWarnOrFail += modeFail || modeWarn ? 1 : 0;
        }
        return new Rates(builds, fail / (double) builds, warn / (double) builds, slowedFail / (double) builds,
                slowedWarnOrFail / (double) builds, gated == 0 ? 0 : inconclusive / (double) gated);
    }

    /** A baseline recorded from {@code sessions} unchanged-code runs. */
    Baselines baseline(int runs, int sessions) {
        List<BenchmarkResults> recorded = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            recorded.add(session(runs, null, 0));
        }
        return BaselineUpdate.apply(Optional.empty(), recorded,
                new BaselineUpdate.Options(false, List.of(), Math.max(1, sessions), null, null, null),
                Instant.EPOCH).next();
    }

    /** One run drawn from the noise model: a session offset, round drifts, fork noise. */
    BenchmarkResults session(int runs, String slowedMode, double slowdown) {
        double machine = noise.machineSessionSd() * random.nextGaussian();
        Map<NoiseModel.Cell, Double> cellOffset = new HashMap<>();
        for (NoiseModel.Cell c : noise.cells()) {
            cellOffset.put(c, c.sessionSd() * random.nextGaussian());
        }
        List<ForkSample> forks = new ArrayList<>();
        for (int round = 1; round <= runs; round++) {
            for (String scenario : noise.scenarios()) {
                double drift = noise.roundSd() * random.nextGaussian();
                int position = 0;
                for (NoiseModel.Cell c : noise.cells()) {
                    if (!c.scenario().equals(scenario)) {
                        continue;
                    }
                    double log = Math.log(c.level()) + machine + cellOffset.get(c) + drift
                            + c.forkSd() * random.nextGaussian();
                    double value = Math.exp(log) * (c.mode().equals(slowedMode) ? 1 + slowdown : 1);
                    forks.add(new ForkSample(scenario, c.mode(), round, position++, "ms/op", List.of(value),
                            Double.NaN));
                }
            }
        }
        Map<String, Double> slowed = slowedMode == null || slowdown == 0 ? Map.of() : Map.of(slowedMode, slowdown);
        Settings settings = new Settings(noise.scenarios(), noise.modes(), runs, 5, "200ms", 5, "100ms", true, 30.0,
                0.95, ForkSchedule.ORDER, 600, ForkStatistic.GATE.label(), slowed, null);
        clock = clock.plusSeconds(60);
        return ResultsAssembler.assemble(forks, settings, MACHINE, null, clock, List.of(), Map.of());
    }
}
