package io.decibench.plugin.gate;

/**
 * One compared scenario x mode x metric: the one record the check goal writes to check-results.json and the report
 * reads back; the views show it through {@link GateRowCells}. Change and CI are fractions (0.05 = +5%); numbers are
 * null where undefined.
 *
 * @param unit of baseline and current: the time unit, "B/op" for alloc, null for the dimensionless ratio
 * @param note why a row was not compared or has no interval, null otherwise
 */
public record GateRow(String scenario, String mode, String metric, Double baseline, Double current, Double change,
                      Double changeCiLow, Double changeCiHigh, Verdict verdict, String unit, String note) {

    /** A compared row. */
    static GateRow compared(String scenario, String mode, Metric metric, String unit, double baseline,
                            double current, Change change, Verdict verdict) {
        return new GateRow(scenario, mode, metric.label(), baseline, current, finite(change.change()),
                finite(change.ciLow()), finite(change.ciHigh()), verdict, unit,
                change.hasCi() || metric == Metric.ALLOC ? null : "fewer than two samples: no interval");
    }

    /** A row shown but not compared, with the reason. */
    static GateRow notCompared(String scenario, String mode, Metric metric, String unit, Double baseline,
                               Double current, String note) {
        return new GateRow(scenario, mode, metric.label(), baseline, current, null, null, null,
                Verdict.NOT_COMPARED, unit, note);
    }

    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
