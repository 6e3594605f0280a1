package io.decibench.plugin.report;

/**
 * One row of check-results.json as the report shows it (PRODUCT.md section 5): the regression verdict of one
 * scenario x mode x metric. Change and its CI are fractions ({@code 0.05} = 5 %); a null means undefined.
 *
 * @param unit the unit of baseline and current (e.g. ms/op), null when not given
 * @param note why the row was not compared or has no interval, null otherwise
 */
public record RegressionRow(String scenario, String mode, String metric, Double baseline, Double current,
                            Double change, Double changeCiLow, Double changeCiHigh, String verdict, String unit,
                            String note) {

    /** A row without unit and note. */
    public RegressionRow(String scenario, String mode, String metric, Double baseline, Double current,
                         Double change, Double changeCiLow, Double changeCiHigh, String verdict) {
        this(scenario, mode, metric, baseline, current, change, changeCiLow, changeCiHigh, verdict, null, null);
    }
}
