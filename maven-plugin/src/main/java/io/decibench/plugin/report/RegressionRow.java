package io.decibench.plugin.report;

/**
 * One row of check-results.json as the report shows it (PRODUCT.md section 5): the regression verdict of one
 * scenario x mode x metric. Change and its CI are fractions ({@code 0.05} = 5 %); a null means undefined.
 */
public record RegressionRow(String scenario, String mode, String metric, Double baseline, Double current,
                            Double change, Double changeCiLow, Double changeCiHigh, String verdict) {
}
