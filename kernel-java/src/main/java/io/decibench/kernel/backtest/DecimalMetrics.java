package io.decibench.kernel.backtest;

import io.decibench.kernel.spi.ExecutionRules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * The metric formulas of the semantics page in {@link BigDecimal}, with its rounding points: every division exact then
 * rounded once HALF_EVEN to 12 places, squares and sums exact, square roots by {@link #sqrt12}.
 */
final class DecimalMetrics {
    private static final int SCALE = ExecutionRules.RATIO_SCALE;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private DecimalMetrics() {
    }

    static Metrics of(BigDecimal[] values, BigDecimal capital, int periodsPerYear,
                      IntFunction<LocalDate> sessionDates) {
        int n = values.length;
        BigDecimal last = n == 0 ? capital : values[n - 1];
        BigDecimal periods = BigDecimal.valueOf(periodsPerYear);
        BigDecimal[] returns = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal peak = capital;
        BigDecimal maxDrawdown = ZERO;
        for (int s = 0; s < n; s++) {
            BigDecimal previous = s == 0 ? capital : values[s - 1];
            if (previous.signum() <= 0) {
                throw Metrics.nonPositiveValue(previous, s - 1, sessionDates);
            }
            returns[s] = round12(values[s].subtract(previous), previous);
            sum = sum.add(returns[s]);
            peak = peak.max(values[s]);
            maxDrawdown = maxDrawdown.max(round12(peak.subtract(values[s]), peak));
        }
        BigDecimal mean = n == 0 ? ZERO : round12(sum, BigDecimal.valueOf(n));
        BigDecimal squares = BigDecimal.ZERO;
        BigDecimal downSquares = BigDecimal.ZERO;
        for (BigDecimal r : returns) {
            BigDecimal deviation = r.subtract(mean);
            squares = squares.add(deviation.multiply(deviation));
            BigDecimal down = r.min(BigDecimal.ZERO);
            downSquares = downSquares.add(down.multiply(down));
        }
        BigDecimal variance = n < 2 ? ZERO : round12(squares, BigDecimal.valueOf(n - 1L));
        BigDecimal volatility = sqrt12(variance.multiply(periods));
        BigDecimal annualMean = mean.multiply(periods);
        BigDecimal sharpe = volatility.signum() == 0 ? ZERO : round12(annualMean, volatility);
        BigDecimal downsideVariance = n == 0 ? ZERO : round12(downSquares, BigDecimal.valueOf(n));
        BigDecimal downsideDeviation = sqrt12(downsideVariance.multiply(periods));
        BigDecimal sortino = downsideDeviation.signum() == 0 ? ZERO : round12(annualMean, downsideDeviation);
        return new Metrics(round12(last.subtract(capital), capital), maxDrawdown, volatility, sharpe, sortino);
    }

    /** {@code dividend / divisor}, exact then rounded once HALF_EVEN to 12 places. */
    static BigDecimal round12(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * The square root of {@code x >= 0} rounded to nearest at 12 places: with {@code N = x * 10^24} (an integer, since x
     * has at most 24 places here) and {@code f = floor(sqrt(N))}, the result is {@code f + 1} when {@code N - f^2 > f}
     * (the root lies above {@code f + 1/2}; it is never exactly halfway), else {@code f}, at scale 12.
     */
    static BigDecimal sqrt12(BigDecimal x) {
        if (x.signum() < 0) {
            throw new ArithmeticException("square root of a negative value " + x);
        }
        // setScale without a rounding mode throws rather than silently rounding an x with more than 24 places
        BigInteger n = x.setScale(2 * SCALE).unscaledValue();
        BigInteger f = n.sqrt();
        if (n.subtract(f.multiply(f)).compareTo(f) > 0) {
            f = f.add(BigInteger.ONE);
        }
        return new BigDecimal(f, SCALE);
    }
}
