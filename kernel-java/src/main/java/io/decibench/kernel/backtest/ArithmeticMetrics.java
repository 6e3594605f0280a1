package io.decibench.kernel.backtest;

import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.ScalarArithmetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * The metric formulas of the site's "Semantics" page in any {@link ScalarArithmetic}, with its rounding points: every
 * division exact then rounded once HALF_EVEN to 12 places, squares and sums exact, square roots by
 * {@link ScalarArithmetic#sqrt} at 12 places. With {@link BigDecimalArithmetic} this is mode {@code decimal}'s.
 */
final class ArithmeticMetrics {
    private static final int SCALE = ExecutionRules.RATIO_SCALE;

    private ArithmeticMetrics() {
    }

    static <V> Metrics of(ScalarArithmetic<V> ar, V[] values, V capital, int periodsPerYear,
                          IntFunction<LocalDate> sessionDates) {
        int n = values.length;
        V zero = ar.valueOf(0, SCALE);
        V last = n == 0 ? capital : values[n - 1];
        @SuppressWarnings("unchecked")
        V[] returns = (V[]) new Object[n];
        V sum = ar.valueOf(0, 0);
        V peak = capital;
        V maxDrawdown = zero;
        for (int s = 0; s < n; s++) {
            V previous = s == 0 ? capital : values[s - 1];
            if (ar.signum(previous) <= 0) {
                throw Metrics.nonPositiveValue(ar.toBigDecimal(previous).toPlainString(), s - 1, sessionDates);
            }
            returns[s] = round12(ar, ar.subtract(values[s], previous), previous);
            sum = ar.add(sum, returns[s]);
            peak = ar.compare(values[s], peak) > 0 ? values[s] : peak;
            V drawdown = round12(ar, ar.subtract(peak, values[s]), peak);
            maxDrawdown = ar.compare(drawdown, maxDrawdown) > 0 ? drawdown : maxDrawdown;
        }
        V mean = n == 0 ? zero : round12(ar, sum, ar.valueOf(n, 0));
        V squares = ar.valueOf(0, 0);
        V downSquares = ar.valueOf(0, 0);
        V integerZero = ar.valueOf(0, 0);
        for (V r : returns) {
            V deviation = ar.subtract(r, mean);
            squares = ar.add(squares, ar.multiply(deviation, deviation));
            V down = ar.compare(r, integerZero) < 0 ? r : integerZero;
            downSquares = ar.add(downSquares, ar.multiply(down, down));
        }
        V variance = n < 2 ? zero : round12(ar, squares, ar.valueOf(n - 1L, 0));
        V volatility = ar.sqrt(ar.multiply(variance, periodsPerYear), SCALE);
        V annualMean = ar.multiply(mean, periodsPerYear);
        V sharpe = ar.signum(volatility) == 0 ? zero : round12(ar, annualMean, volatility);
        V downsideVariance = n == 0 ? zero : round12(ar, downSquares, ar.valueOf(n, 0));
        V downsideDeviation = ar.sqrt(ar.multiply(downsideVariance, periodsPerYear), SCALE);
        V sortino = ar.signum(downsideDeviation) == 0 ? zero : round12(ar, annualMean, downsideDeviation);
        return new Metrics(ratio(ar, round12(ar, ar.subtract(last, capital), capital)), ratio(ar, maxDrawdown),
                ratio(ar, volatility), ratio(ar, sharpe), ratio(ar, sortino));
    }

    private static <V> V round12(ScalarArithmetic<V> ar, V dividend, V divisor) {
        return ar.divide(dividend, divisor, SCALE, RoundingMode.HALF_EVEN);
    }

    /** A ratio as reported: at scale 12 whatever scale the arithmetic's value carries. */
    private static <V> BigDecimal ratio(ScalarArithmetic<V> ar, V v) {
        return ar.toBigDecimal(v).setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
