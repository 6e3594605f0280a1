package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

/** Mode {@code decimal}: the backtest in plain {@link java.math.BigDecimal}, exact at the documented rounding points. */
public final class DecimalKernel implements BacktestKernel {

    @Override
    public String mode() {
        return Modes.DECIMAL;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules) {
        return new BacktestEngine<>(bundle, scenario, rules, mode(), new DecimalColumns(bundle),
                new DecimalLedger(bundle, rules));
    }
}
