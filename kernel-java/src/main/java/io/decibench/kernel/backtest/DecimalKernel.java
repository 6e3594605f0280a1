package io.decibench.kernel.backtest;

/**
 * Mode {@code decimal}: the backtest in plain {@link java.math.BigDecimal} ({@link BigDecimalArithmetic}), exact at the
 * documented rounding points, on the same block engine as every user arithmetic.
 */
public final class DecimalKernel extends ArithmeticKernel {

    public DecimalKernel() {
        super(new BigDecimalArithmetic());
    }
}
