package io.decibench.plugin.calibrate;

import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.Settings;
import java.time.Instant;
import java.util.List;

/**
 * The content of calibration.json (schema version 1): the gate measured on this machine at the current settings.
 *
 * @param sessions         same-code sessions run (and as many per slowdown)
 * @param slowedMode       the mode the slowdowns were injected into
 * @param durationSeconds  wall time of all calibration sessions
 * @param sessionSeconds   mean wall time of one session (forks only: no Maven start, no exactness probe)
 * @param forkSeconds      mean wall time of one fork, its JVM start included
 * @param contendedForks   forks of all sessions that stayed contended after their re-run (their rows are not judged,
 *                         so a calibration with many of them measures a busy machine, not the gate)
 * @param forks            forks of all sessions
 * @param cells            per scenario x mode x metric the measured noise
 * @param machineSessionSd the session offset every time row shares (the machine's speed on the occasion), log sd
 * @param roundSd          the drift the modes of one scenario share within a round, log sd
 * @param sameCode         the same-code builds checked against baselines of the other sessions (leave one out)
 * @param detection        per injected slowdown its builds checked against all same-code sessions
 * @param predicted        the gate simulated at the measured noise: at the current runs and more
 * @param recommendation   the settings to use
 */
public record Calibration(int schemaVersion, Instant timestamp, Fingerprint fingerprint, Settings settings,
                          int sessions, String slowedMode, double durationSeconds, double sessionSeconds,
                          double forkSeconds, int contendedForks, int forks, List<CellNoise> cells, double machineSessionSd, double roundSd,
                          Builds sameCode, List<Detection> detection, List<Prediction> predicted,
                          Recommendation recommendation) {

    public static final int SCHEMA_VERSION = 1;

    public Calibration {
        cells = List.copyOf(cells);
        detection = List.copyOf(detection);
        predicted = List.copyOf(predicted);
    }

    /**
     * The noise of one row kind.
     *
     * @param metric    {@code time} or {@code overhead-ratio}
     * @param forkSd    fork-to-fork sd of the log values within a session
     * @param sessionSd session-to-session sd of the session means beyond the fork noise (0 when not seen)
     * @param level     geometric mean over sessions (ms/op, or the ratio)
     */
    public record CellNoise(String scenario, String mode, String metric, int forks, double forkSd, double sessionSd,
                            double level) {
    }

    /** Measured builds: how many FAILed, and how many WARNed without FAILing. */
    public record Builds(int builds, int fail, int warn) {
    }

    /**
     * Builds of one injected slowdown.
     *
     * @param modeFail       builds in which a row of the slowed mode FAILed
     * @param modeWarnOrFail builds in which a row of the slowed mode WARNed or FAILed
     */
    public record Detection(double slowdown, int builds, int fail, int warn, int modeFail, int modeWarnOrFail) {
    }

    /**
     * The gate simulated at the measured noise (see the site's "Verdicts" page).
     *
     * @param runs             rounds of each run and of each baseline session
     * @param baselineSessions sessions in the baseline
     * @param fail             share of same-code builds that FAIL
     * @param warn             share of same-code builds that WARN (and do not FAIL)
     * @param fail10           share of builds with the slowed mode 10% slower in which its rows FAIL
     * @param warnOrFail10     ... WARN or FAIL
     * @param fail25           share of builds with the slowed mode 25% slower in which its rows FAIL
     * @param warnOrFail25     ... WARN or FAIL
     * @param minutesPerRun    estimated wall time of one benchmark run at these runs (forks only)
     */
    public record Prediction(int runs, int baselineSessions, int builds, double fail, double warn, double fail10,
                             double warnOrFail10, double fail25, double warnOrFail25, double minutesPerRun) {

        /** Whether it meets the gate's promise: FAIL <= 0.5%, WARN <= 5%, +25% FAILs in >= 95%. */
        public boolean meetsTargets() {
            return fail <= 0.005 && warn <= 0.05 && fail25 >= 0.95;
        }
    }

    /**
     * @param runs             decibench.runs to use
     * @param baselineSessions sessions to record in the baseline
     * @param meetsTargets     whether the prediction at these settings meets the gate's promise
     * @param text             the advice in words
     */
    public record Recommendation(int runs, int baselineSessions, boolean meetsTargets, String text) {
    }
}
