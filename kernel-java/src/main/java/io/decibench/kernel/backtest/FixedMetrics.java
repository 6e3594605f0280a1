package io.decibench.kernel.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * The metric formulas and rounding points of the site's "Semantics" page on 64-bit unscaled values (mode
 * {@code decimal-fixed}): session values at scale 4, ratios at scale 12, sums of squares at scale 24 in 128 bits,
 * every division exact then rounded once HALF_EVEN by {@link FixedMath}. Nothing is allocated per session; the result
 * is one array {@code [totalReturn, maxDrawdown, annualVolatility, sharpe, sortino]} unscaled at scale 12.
 */
final class FixedMetrics {
    private static final long RATIO_ONE = 1_000_000_000_000L;
    private static final RoundingMode HALF_EVEN = RoundingMode.HALF_EVEN;

    private FixedMetrics() {
    }

    static long[] of(long[] values, long capital, int periodsPerYear, IntFunction<LocalDate> sessionDates) {
        try {
            return compute(values, capital, periodsPerYear, sessionDates);
        } catch (ArithmeticException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Portfolio value")) {
                throw e;
            }
            throw new ArithmeticException("decimal overflow in the metrics (session returns, their squares or the"
                    + " ratios at scale 12 do not fit 64 bits). Fix: run this scenario in mode decimal (BigDecimal"
                    + " cannot overflow).");
        }
    }

    private static long ratio(long num, long den) {
        return FixedMath.multiplyDivide(num, RATIO_ONE, den, HALF_EVEN);
    }

    private static long[] compute(long[] v, long capital, int periods, IntFunction<LocalDate> sessionDates) {
        int n = v.length;
        long last = n == 0 ? capital : v[n - 1];
        long totalReturn = ratio(Math.subtractExact(last, capital), capital);
        long sum = 0;
        long peak = capital;
        long drawdown = 0;
        long previous = capital;
        for (int s = 0; s < n; s++) {
            if (previous <= 0) {
                throw Metrics.nonPositiveValue(BigDecimal.valueOf(previous, 4), s - 1, sessionDates);
            }
            sum = Math.addExact(sum, ratio(Math.subtractExact(v[s], previous), previous));
            previous = v[s];
            peak = Math.max(peak, v[s]);
            drawdown = Math.max(drawdown, ratio(Math.subtractExact(peak, v[s]), peak));
        }
        if (n == 0) {
            return new long[] {totalReturn, drawdown, 0, 0, 0};
        }
        long mean = FixedMath.divide(sum, n, HALF_EVEN);
        // sums of squares at scale 24, as unsigned 128-bit (hi, lo)
        long squaresHi = 0;
        long squaresLo = 0;
        long downHi = 0;
        long downLo = 0;
        previous = capital;
        for (int s = 0; s < n; s++) {
            long r = ratio(v[s] - previous, previous);
            previous = v[s];
            long d = Math.abs(Math.subtractExact(r, mean));
            long lo = squaresLo + d * d;
            squaresHi = Math.addExact(squaresHi, FixedMath.unsignedMultiplyHigh(d, d)
                    + (Long.compareUnsigned(lo, squaresLo) < 0 ? 1 : 0));
            squaresLo = lo;
            if (r < 0) {
                long q = -r;
                long dlo = downLo + q * q;
                downHi = Math.addExact(downHi, FixedMath.unsignedMultiplyHigh(q, q)
                        + (Long.compareUnsigned(dlo, downLo) < 0 ? 1 : 0));
                downLo = dlo;
            }
        }
        long variance = n < 2 ? 0
                : FixedMath.divide(squaresHi, squaresLo, Math.multiplyExact(n - 1L, RATIO_ONE), HALF_EVEN);
        long downsideVariance = FixedMath.divide(downHi, downLo, Math.multiplyExact((long) n, RATIO_ONE), HALF_EVEN);
        long annualMean = Math.multiplyExact(mean, periods);
        long volatility = FixedMath.sqrt(Math.multiplyExact(variance, periods), 12, 12);
        long downside = FixedMath.sqrt(Math.multiplyExact(downsideVariance, periods), 12, 12);
        long sharpe = volatility == 0 ? 0 : ratio(annualMean, volatility);
        long sortino = downside == 0 ? 0 : ratio(annualMean, downside);
        return new long[] {totalReturn, drawdown, volatility, sharpe, sortino};
    }
}
