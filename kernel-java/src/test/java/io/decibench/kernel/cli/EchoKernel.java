package io.decibench.kernel.cli;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;

/**
 * A kernel for CLI tests only: its result echoes what it was given (bundle size, last close, capital), so a test can
 * see that the CLI opened the scenario's bundle and passed the default rules.
 */
public final class EchoKernel implements BacktestKernel {
    static final String MODE = "cli-echo";

    @Override
    public String mode() {
        return MODE;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules) {
        return () -> {
            long lastClose = bundle.value(Column.CLOSE, 0, bundle.barsPerAsset() - 1);
            return new BacktestResult(scenario.name(), MODE, rules.capital(), bundle.barCount(), bundle.sessions(),
                    BigDecimal.valueOf(lastClose, Bundle.PRICE_SCALE), new BigDecimal("1E-12"), BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, SessionValues.ofScaledLongs(new long[] {1}, 4));
        };
    }
}
