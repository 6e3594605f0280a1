package io.decibench.plugin.calibrate;

import io.decibench.plugin.profile.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The calibration as build-log lines: noise per row, measured builds, simulated rates, the recommendation. */
public final class CalibrationTable {

    private CalibrationTable() {
    }

    public static List<String> lines(Calibration c) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Calibration on %s: %d same-code session(s) and %d per slowdown of %s,"
                        + " %.0f s in all (%.0f s per session, %.2f s per fork)", c.fingerprint().describe(),
                c.sessions(), c.sessions(), c.slowedMode(), c.durationSeconds(), c.sessionSeconds(),
                c.forkSeconds()));
        if (c.contendedForks() > 0) {
            out.add(String.format(Locale.ROOT, "%d of %d forks stayed contended after a re-run (other processes used"
                    + " the CPU): their rows were not judged, so the measured builds below say little about the gate;"
                    + " the noise figures are those of a busy machine.", c.contendedForks(), c.forks()));
        }
        out.add(String.format(Locale.ROOT, "Noise (log sd): machine session offset ±%.1f%%, round drift ±%.1f%%",
                c.machineSessionSd() * 100, c.roundSd() * 100));
        List<List<String>> noise = new ArrayList<>();
        for (Calibration.CellNoise n : c.cells()) {
            noise.add(List.of(n.scenario(), n.mode(), n.metric(), Integer.toString(n.forks()), pct(n.forkSd()),
                    pct(n.sessionSd()), String.format(Locale.ROOT, n.metric().equals("time") ? "%.4g ms/op" : "%.4f",
                            n.level())));
        }
        out.addAll(new TextTable(List.of("scenario", "mode", "metric", "forks", "fork sd", "session sd", "level"),
                noise).plainLines());
        out.add(String.format(Locale.ROOT, "Measured: %d same-code build(s) against the other sessions: %d FAIL,"
                + " %d WARN", c.sameCode().builds(), c.sameCode().fail(), c.sameCode().warn()));
        for (Calibration.Detection d : c.detection()) {
            out.add(String.format(Locale.ROOT, "Measured: %s +%s: %d build(s): %s rows FAIL in %d, WARN or FAIL in %d"
                            + " (any row: %d FAIL, %d WARN)", c.slowedMode(), pct(d.slowdown()), d.builds(),
                    c.slowedMode(), d.modeFail(), d.modeWarnOrFail(), d.fail(), d.warn()));
        }
        List<List<String>> sim = new ArrayList<>();
        for (Calibration.Prediction p : c.predicted()) {
            sim.add(List.of(Integer.toString(p.runs()), Integer.toString(p.baselineSessions()), pct(p.fail()),
                    pct(p.warn()), pct(p.fail10()), pct(p.warnOrFail10()), pct(p.fail25()), pct(p.warnOrFail25()),
                    String.format(Locale.ROOT, "%.1f", p.minutesPerRun())));
        }
        out.add("Simulated at this noise (" + (c.predicted().isEmpty() ? 0 : c.predicted().get(0).builds())
                + " builds each; first line: the current runs with a baseline of these sessions):");
        out.addAll(new TextTable(List.of("runs", "sessions", "same-code FAIL", "same-code WARN", "+10% FAIL",
                "+10% WARN|FAIL", "+25% FAIL", "+25% WARN|FAIL", "min/run"), sim).plainLines());
        out.add((c.recommendation().meetsTargets() ? "Recommended: " : "") + c.recommendation().text());
        return out;
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
