package io.decibench.kernel.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A pluggable arithmetic: the value and money operations of one number type {@code V} (your money class, a decimal
 * library, a wrapper), under a mode name of your choosing. Decibench does the rest with it: the same block engine,
 * the same strategy plan, the same execution simulator and rounding points, the same metrics as the built-in modes
 * (site pages "Custom scenarios" and "Semantics"). The built-in mode {@code decimal} is
 * {@link io.decibench.kernel.backtest.BigDecimalArithmetic}, written against this interface.
 *
 * <p>Register an implementation (public, with a public no-arg constructor) in
 * {@code META-INF/services/io.decibench.kernel.spi.ScalarArithmetic} on the test classpath; {@link Kernels#load}
 * finds it and offers its {@link #mode()} like a built-in mode.
 *
 * <p>Contract. Values are immutable (the engine keeps and shares references). The engine calls {@link #divide},
 * {@link #sqrt} and {@link #round} only at the rounding points the semantics page lists, each with the scale and the
 * rounding mode to use; every other operation must be exact in an {@linkplain #exact() exact} arithmetic, so that it
 * agrees with {@code decimal} bit for bit. A non-exact arithmetic (a binary float) may round where its type rounds,
 * and is compared with the exact modes within a tolerance instead. The engine itself guards division by zero and
 * square roots of negative values (with an error naming the node, asset and bar), so these methods never see them.
 *
 * @param <V> the number type; the scale a value carries is the implementation's business, only its value counts
 */
public interface ScalarArithmetic<V> {

    /** The mode name, e.g. {@code joda-money}: lower-case letters, digits, '.', '_' and '-', not a built-in name. */
    String mode();

    /** Whether every operation except the three rounding ones is exact (see the class comment). */
    boolean exact();

    /** The value {@code unscaled * 10^-scale} (prices arrive at scale 4, share counts and volumes at scale 0). */
    V valueOf(long unscaled, int scale);

    V add(V a, V b);

    V subtract(V a, V b);

    V multiply(V a, V b);

    /**
     * {@code a} times an integer: the ledger's share counts. A strategy's integer factors ({@code x.times(k)}, EMA
     * weights) are made once per backtest with {@code valueOf(k, 0)} and applied with {@link #multiply(Object, Object)}.
     */
    default V multiply(V a, long factor) {
        return multiply(a, valueOf(factor, 0));
    }

    V abs(V a);

    /** Negative, zero or positive as {@code a} is less than, equal to or greater than {@code b}. */
    int compare(V a, V b);

    /** -1, 0 or 1 as {@code a} is negative, zero or positive. */
    int signum(V a);

    /** The exact quotient rounded once to {@code scale} decimal places with {@code rounding}; {@code b} is not zero. */
    V divide(V a, V b, int scale, RoundingMode rounding);

    /**
     * The square root of {@code a >= 0} rounded to the nearest value at {@code scale} places: with {@code N = a *
     * 10^(2*scale)} (an integer: the engine guarantees a has at most {@code 2*scale} places) and {@code f =
     * floor(sqrt(N))}, the result is {@code (N - f*f > f ? f + 1 : f) * 10^-scale} (never a tie).
     */
    V sqrt(V a, int scale);

    /** {@code a} rounded to {@code scale} places with {@code rounding} (exact when a has at most that many). */
    V round(V a, int scale, RoundingMode rounding);

    /** The exact value of {@code a}, for results (read once per run, outside the measured loop's bars). */
    BigDecimal toBigDecimal(V a);

    /** The integer {@code a} (a whole number of shares) as a long. */
    default long longValue(V a) {
        return toBigDecimal(a).longValueExact();
    }
}
