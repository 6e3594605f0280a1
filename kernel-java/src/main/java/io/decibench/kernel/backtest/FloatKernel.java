package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

/** Mode {@code float}: the backtest in {@code double}, the baseline every decimal overhead is measured against. */
public final class FloatKernel implements BacktestKernel {

    @Override
    public String mode() {
        return Modes.FLOAT;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules) {
        return new BacktestEngine<>(bundle, scenario, rules, mode(), new DoubleColumns(bundle),
                new DoubleLedger(bundle, rules));
    }
}
