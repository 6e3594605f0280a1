package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

/**
 * Mode {@code float}: the backtest in {@code double} ({@link DoubleEngine}), the baseline every decimal overhead is
 * measured against. It runs on primitive {@code double} rows, not through the
 * {@link io.decibench.kernel.spi.ScalarArithmetic} SPI, whose values are objects.
 */
public final class FloatKernel implements BacktestKernel {

    @Override
    public String mode() {
        return Modes.FLOAT;
    }

    @Override
    public boolean exact() {
        return false;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules) {
        return new DoubleEngine(bundle, scenario, rules, mode());
    }
}
