package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.bench.Measurement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Does the gate keep its promise for a whole build? {@link GateSimulator} runs the whole gate (results assembly,
 * {@code baseline}'s recording rules, {@code check}) on simulated runs of every row of the suite: 3 scenarios x 5
 * modes, so 15 time rows and 12 overhead-ratio rows per build, with a session offset shared by every row of a session,
 * a per-cell session offset, a drift shared by the modes of one round (correlated rounds) and lognormal fork noise.
 * The build-level rates it asserts are the site's promise (see the "Verdicts" page): a same-code build FAILs in at
 * most 0.5% and WARNs in at most 5% of builds; a 25% slowdown of a mode FAILs the build in at least 95% at the default
 * preset. Where the quick preset misses a detection target at these noise figures, the test asserts what it reaches
 * and the Verdicts page says so (+25% at the noisiest figures, +10% at any).
 */
class GateSimulationTest {

    /**
     * Fork-to-fork noise (log sd) of short forks on the project's shared 2-core build machine when quiet: 1.9-4.4%
     * (2 x 300 ms warm-up, 2 x 200 ms measured; the project's measurement notes, checked before this round).
     */
    static final double FORK_SD_LOW = 0.019;
    static final double FORK_SD_HIGH = 0.044;

    /**
     * How much separate sessions of one cell moved in time on that machine: 9-19% (log sd; same notes). All rows of a
     * session share it (the machine's speed on the occasion), so it cancels in a ratio.
     */
    static final double MACHINE_SESSION_SD_LOW = 0.09;
    static final double MACHINE_SESSION_SD_HIGH = 0.19;

    /**
     * A cell's own session offset beyond the machine's, which does not cancel in its ratio: 2% per cell, so 2.8% per
     * ratio. Above what {@code calibrate} measured on that machine at the quick preset (see the site's "Verdicts"
     * page: ratio session offsets of 0-1.9% per ratio, at a load average of 1.4-4).
     */
    static final double CELL_SESSION_SD = 0.02;

    /**
     * Drift shared by the modes of one scenario within a round: 1%, the order of what {@code calibrate} measured as
     * the round drift at the quick preset.
     */
    static final double ROUND_SD = 0.01;

    static final List<String> SCENARIOS = List.of("daily", "hourly", "minute");
    static final List<String> MODES = List.of("float", "decimal", "decimal-fixed", "float-native", "decimal-native");

    /** The documented way: five sessions. */
    static final int SESSIONS = 5;

    /**
     * Builds for the A/A rate at the noisiest figures: every {@link GateSimulator#CHECKS_PER_BASELINE} builds share a
     * baseline, so the estimate's standard error near 0.5% is about 0.15% at 8000 builds (0.35% at 1600, where one
     * seed gave 0.75%); two other seeds at 8000 gave 0.41% and 0.19%.
     */
    private static final int NOISY_SAME_CODE_BUILDS = 8000;
    private static final int SAME_CODE_BUILDS = 1600;
    private static final int SLOWED_BUILDS = 400;

    static NoiseModel noise(double forkSd, double machineSd) {
        List<NoiseModel.Cell> cells = new ArrayList<>();
        double[] level = {1.3, 8.3, 2.0, 0.9, 0.55};
        for (String s : SCENARIOS) {
            for (int m = 0; m < MODES.size(); m++) {
                cells.add(new NoiseModel.Cell(s, MODES.get(m), level[m], forkSd, CELL_SESSION_SD));
            }
        }
        return new NoiseModel(cells, machineSd, ROUND_SD);
    }

    private static int quickRuns() {
        return Measurement.QUICK.runs();
    }

    @Test
    void sameCodeBuildsRarelyWarnAndAlmostNeverFailAtTheNoisiestQuietFigures() {
        GateSimulator.Rates r = new GateSimulator(noise(FORK_SD_HIGH, MACHINE_SESSION_SD_HIGH), 20261201L)
                .simulate(quickRuns(), SESSIONS, null, 0, NOISY_SAME_CODE_BUILDS);
        System.out.println("same code, fork sd 4.4%, sessions 19%: " + r);

        assertThat(r.fail()).as("build FAIL rate %s", r).isLessThanOrEqualTo(ErrorBudget.FAIL_RATE);
        assertThat(r.fail() + r.warn()).as("build WARN rate %s", r).isLessThanOrEqualTo(ErrorBudget.WARN_RATE);
    }

    @Test
    void sameCodeBuildsKeepTheBudgetAtTheQuietestFigures() {
        GateSimulator.Rates r = new GateSimulator(noise(FORK_SD_LOW, MACHINE_SESSION_SD_LOW), 7L)
                .simulate(quickRuns(), SESSIONS, null, 0, SAME_CODE_BUILDS);
        System.out.println("same code, fork sd 1.9%, sessions 9%: " + r);

        assertThat(r.fail()).as("build FAIL rate %s", r).isLessThanOrEqualTo(ErrorBudget.FAIL_RATE);
        assertThat(r.fail() + r.warn()).as("build WARN rate %s", r).isLessThanOrEqualTo(ErrorBudget.WARN_RATE);
    }

    @Test
    void aOneSessionBaselineKeepsTheBudgetThroughItsAssumedOffsets() {
        GateSimulator.Rates r = new GateSimulator(noise(FORK_SD_HIGH, MACHINE_SESSION_SD_HIGH), 11L)
                .simulate(quickRuns(), 1, null, 0, SAME_CODE_BUILDS);
        System.out.println("same code, one session: " + r);

        assertThat(r.fail()).as("build FAIL rate %s", r).isLessThanOrEqualTo(ErrorBudget.FAIL_RATE);
        assertThat(r.fail() + r.warn()).as("build WARN rate %s", r).isLessThanOrEqualTo(ErrorBudget.WARN_RATE);
    }

    @Test
    void aQuarterSlowerModeFailsTheBuildOnItsOwnRowsAtTheDefaultPreset() {
        GateSimulator.Rates r = new GateSimulator(noise(FORK_SD_HIGH, MACHINE_SESSION_SD_HIGH), 42L)
                .simulate(Measurement.DEFAULT.runs(), SESSIONS, "decimal", 0.25, SLOWED_BUILDS);
        System.out.println("decimal +25%, default preset: " + r);

        assertThat(r.slowedFail()).as("builds with a FAIL row of decimal %s", r).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The quick preset's three rounds miss the 95% at the noisiest quiet figures (about 86% of builds FAIL, nearly all
     * the rest WARN); at the quietest figures they FAIL every build. The Verdicts page says so.
     */
    @Test
    void aQuarterSlowerModeIsCaughtByTheQuickPreset() {
        GateSimulator.Rates noisy = new GateSimulator(noise(FORK_SD_HIGH, MACHINE_SESSION_SD_HIGH), 42L)
                .simulate(quickRuns(), SESSIONS, "decimal", 0.25, SLOWED_BUILDS);
        GateSimulator.Rates quiet = new GateSimulator(noise(FORK_SD_LOW, MACHINE_SESSION_SD_LOW), 44L)
                .simulate(quickRuns(), SESSIONS, "decimal", 0.25, SLOWED_BUILDS);
        System.out.println("decimal +25%, quick preset: noisiest " + noisy + ", quietest " + quiet);

        assertThat(noisy.slowedFail()).as("FAIL at the noisiest figures %s", noisy).isGreaterThanOrEqualTo(0.80);
        assertThat(noisy.slowedWarnOrFail()).as("WARN or FAIL at the noisiest figures %s", noisy)
                .isGreaterThanOrEqualTo(0.95);
        assertThat(quiet.slowedFail()).as("FAIL at the quietest figures %s", quiet).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * A 10% slowdown sits between the warn (5%) and fail (20%) thresholds, so it can only WARN, and only when the lower
     * bound clears 0 at the row's share of a 5% budget: about 57-66% of quick builds and 65% of default builds see it at
     * the quietest figures, short of the 80% the project aimed for (the Verdicts page says so).
     */
    @Test
    void aTenthSlowerModeIsSeenInMoreThanHalfOfTheBuildsOnAQuietMachine() {
        GateSimulator.Rates r = new GateSimulator(noise(FORK_SD_LOW, MACHINE_SESSION_SD_LOW), 43L)
                .simulate(quickRuns(), SESSIONS, "decimal", 0.10, SLOWED_BUILDS);
        System.out.println("decimal +10%: " + r);

        assertThat(r.slowedWarnOrFail()).as("builds with a WARN or FAIL row of decimal %s", r)
                .isGreaterThanOrEqualTo(0.50);
        assertThat(r.slowedFail()).as("a 10%% change FAILs rarely %s", r).isLessThanOrEqualTo(0.05);
    }
}
