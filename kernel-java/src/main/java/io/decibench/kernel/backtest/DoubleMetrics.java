package io.decibench.kernel.backtest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * The metric formulas of the semantics page in {@code double} with {@link Math#sqrt} and no rounding points
 * (mode {@code float}). Works on primitives only; session returns are recomputed rather than stored.
 */
final class DoubleMetrics {

    private DoubleMetrics() {
    }

    static Metrics of(double[] values, double capital, int periodsPerYear, IntFunction<LocalDate> sessionDates) {
        int n = values.length;
        double last = n == 0 ? capital : values[n - 1];
        double sum = 0;
        double peak = capital;
        double maxDrawdown = 0;
        for (int s = 0; s < n; s++) {
            sum += sessionReturn(values, s, capital, sessionDates);
            peak = Math.max(peak, values[s]);
            maxDrawdown = Math.max(maxDrawdown, (peak - values[s]) / peak);
        }
        double mean = n == 0 ? 0 : sum / n;
        double squares = 0;
        double downSquares = 0;
        for (int s = 0; s < n; s++) {
            double r = sessionReturn(values, s, capital, sessionDates);
            squares += (r - mean) * (r - mean);
            double down = Math.min(r, 0);
            downSquares += down * down;
        }
        double variance = n < 2 ? 0 : squares / (n - 1);
        double volatility = Math.sqrt(variance * periodsPerYear);
        double sharpe = volatility == 0 ? 0 : mean * periodsPerYear / volatility;
        double downsideDeviation = n == 0 ? 0 : Math.sqrt(downSquares / n * periodsPerYear);
        double sortino = downsideDeviation == 0 ? 0 : mean * periodsPerYear / downsideDeviation;
        return new Metrics(exact((last - capital) / capital), exact(maxDrawdown), exact(volatility), exact(sharpe),
                exact(sortino));
    }

    private static double sessionReturn(double[] values, int s, double capital, IntFunction<LocalDate> sessionDates) {
        double previous = s == 0 ? capital : values[s - 1];
        if (previous <= 0) {
            throw Metrics.nonPositiveValue(previous, s - 1, sessionDates);
        }
        return (values[s] - previous) / previous;
    }

    private static BigDecimal exact(double value) {
        return new BigDecimal(value);
    }
}
