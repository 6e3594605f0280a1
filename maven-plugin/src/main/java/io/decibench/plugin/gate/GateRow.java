package io.decibench.plugin.gate;

/**
 * One compared scenario x mode x metric: the one record the check goal writes to check-results.json and the report
 * reads back; the views show it through {@link GateRowCells}. Change and CI are fractions (0.05 = +5%); numbers are
 * null where undefined.
 *
 * @param unit             of baseline and current: the time unit, "B/op" for alloc, null for the dimensionless ratio
 * @param note             why a row was not compared, was not judged, or what limits its interval; null otherwise
 * @param confidence       two-sided confidence of the row's interval, its share of the run's error budget
 * @param baselineSessions how many baseline sessions the row was compared with
 * @param forkSd           the fork-to-fork noise behind the interval (sd of the log values)
 * @param sessionSd        the session-to-session offset the interval allows for (sd, log scale)
 */
public record GateRow(String scenario, String mode, String metric, Double baseline, Double current, Double change,
                      Double changeCiLow, Double changeCiHigh, Verdict verdict, String unit, String note,
                      Double confidence, Integer baselineSessions, Double forkSd, Double sessionSd) {

    /** A row without the statistics it was judged with (confidence, sessions, noise components). */
    public GateRow(String scenario, String mode, String metric, Double baseline, Double current, Double change,
                   Double changeCiLow, Double changeCiHigh, Verdict verdict, String unit, String note) {
        this(scenario, mode, metric, baseline, current, change, changeCiLow, changeCiHigh, verdict, unit, note, null,
                null, null, null);
    }

    /** A row shown but not compared, with the reason. */
    static GateRow notCompared(String scenario, String mode, Metric metric, String unit, Double baseline,
                               Double current, String note) {
        return new GateRow(scenario, mode, metric.label(), baseline, current, null, null, null,
                Verdict.NOT_COMPARED, unit, note, null, null, null, null);
    }

    /** An allocation row: compared without an interval. */
    static GateRow alloc(String scenario, String mode, double baseline, double current, Verdict verdict) {
        return new GateRow(scenario, mode, Metric.ALLOC.label(), baseline, current,
                baseline > 0 ? current / baseline - 1 : null, null, null, verdict, RegressionGate.ALLOC_UNIT, null,
                null, null, null, null);
    }

    /** This row with another verdict and note (contention, a capped verdict). */
    GateRow judged(Verdict newVerdict, String newNote) {
        return new GateRow(scenario, mode, metric, baseline, current, change, changeCiLow, changeCiHigh, newVerdict,
                unit, newNote, confidence, baselineSessions, forkSd, sessionSd);
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
