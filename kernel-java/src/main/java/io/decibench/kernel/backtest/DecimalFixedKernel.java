package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

/**
 * Mode {@code decimal-fixed}: exact 64-bit scaled integers in pure Java ({@link FixedEngine}), the same results as
 * {@code decimal} bit for bit, an overflow an error. It runs on primitive {@code long} rows, not through the
 * {@link io.decibench.kernel.spi.ScalarArithmetic} SPI, whose values are objects.
 */
public final class DecimalFixedKernel implements BacktestKernel {

    @Override
    public String mode() {
        return Modes.DECIMAL_FIXED;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules) {
        return new FixedEngine(bundle, scenario, rules, mode());
    }
}
