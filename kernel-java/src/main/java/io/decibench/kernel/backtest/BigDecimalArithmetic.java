package io.decibench.kernel.backtest;

import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.ScalarArithmetic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Mode {@code decimal}: {@link BigDecimal} as a careful Java developer writes it, one JDK call per operation
 * ({@code add}, {@code multiply}, {@code divide(b, scale, rounding)}, {@code setScale}, {@code compareTo}). It is the
 * built-in arithmetic written against the public {@link ScalarArithmetic} SPI, so a user's arithmetic runs on exactly
 * the engine this mode runs on. Exact: BigDecimal cannot overflow.
 */
public final class BigDecimalArithmetic implements ScalarArithmetic<BigDecimal> {

    @Override
    public String mode() {
        return Modes.DECIMAL;
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public BigDecimal valueOf(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale);
    }

    @Override
    public BigDecimal add(BigDecimal a, BigDecimal b) {
        return a.add(b);
    }

    @Override
    public BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a.subtract(b);
    }

    @Override
    public BigDecimal multiply(BigDecimal a, BigDecimal b) {
        return a.multiply(b);
    }

    @Override
    public BigDecimal multiply(BigDecimal a, long factor) {
        return a.multiply(BigDecimal.valueOf(factor));
    }

    @Override
    public BigDecimal abs(BigDecimal a) {
        return a.abs();
    }

    @Override
    public int compare(BigDecimal a, BigDecimal b) {
        return a.compareTo(b);
    }

    @Override
    public int signum(BigDecimal a) {
        return a.signum();
    }

    @Override
    public BigDecimal divide(BigDecimal a, BigDecimal b, int scale, RoundingMode rounding) {
        return a.divide(b, scale, rounding);
    }

    @Override
    public BigDecimal sqrt(BigDecimal a, int scale) {
        // setScale without a rounding mode is exact (the engine guarantees a has at most 2 * scale places)
        BigInteger n = a.setScale(2 * scale).unscaledValue();
        BigInteger f = n.sqrt();
        if (n.subtract(f.multiply(f)).compareTo(f) > 0) {
            f = f.add(BigInteger.ONE);
        }
        return new BigDecimal(f, scale);
    }

    @Override
    public BigDecimal round(BigDecimal a, int scale, RoundingMode rounding) {
        return a.setScale(scale, rounding);
    }

    @Override
    public BigDecimal toBigDecimal(BigDecimal a) {
        return a;
    }

    @Override
    public long longValue(BigDecimal a) {
        return a.longValueExact();
    }
}
