package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;
import io.decibench.kernel.spi.ScalarArithmetic;

import java.util.Objects;

/**
 * The kernel of a {@link ScalarArithmetic}: the Java block engine driven by that arithmetic's operations. Mode
 * {@code decimal} is this kernel with {@link BigDecimalArithmetic}; {@link io.decibench.kernel.spi.Kernels} wraps every
 * user arithmetic it finds on the classpath in one. Engine {@code java}, reference mode {@code float}.
 */
public class ArithmeticKernel implements BacktestKernel {
    private final ScalarArithmetic<?> arithmetic;

    public ArithmeticKernel(ScalarArithmetic<?> arithmetic) {
        this.arithmetic = Objects.requireNonNull(arithmetic);
    }

    /** The arithmetic this kernel runs. */
    public ScalarArithmetic<?> arithmetic() {
        return arithmetic;
    }

    @Override
    public String mode() {
        return arithmetic.mode();
    }

    @Override
    public boolean exact() {
        return arithmetic.exact();
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules) {
        return new ObjectEngine<>(bundle, scenario, rules, arithmetic);
    }

    @Override
    public String toString() {
        return "mode " + mode() + " (" + arithmetic.getClass().getName() + ")";
    }
}
