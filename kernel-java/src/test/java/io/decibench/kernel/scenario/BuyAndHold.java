package io.decibench.kernel.scenario;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.ModeSpecificScenario;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.LongBuffer;
import java.util.Set;

/**
 * A user's mode-specific scenario as the site documents it: buys 100 shares of every asset at the first bar's open
 * and holds them, with its own code in double and in BigDecimal (so it runs in float and decimal only).
 */
public class BuyAndHold implements ModeSpecificScenario {
    static final long SHARES = 100;

    @Override public String name() { return "buy-and-hold"; }
    @Override public String bundle() { return "user-daily"; }
    @Override public Set<String> modes() { return Set.of(Modes.FLOAT, Modes.DECIMAL); }

    @Override
    public Backtest prepare(String mode, Bundle bundle, ExecutionRules rules) {
        return switch (mode) {
            case Modes.FLOAT -> () -> runDouble(bundle, rules);
            case Modes.DECIMAL -> () -> runDecimal(bundle, rules);
            default -> throw new IllegalArgumentException("buy-and-hold has no " + mode + " code");
        };
    }

    private BacktestResult runDouble(Bundle bundle, ExecutionRules rules) {
        LongBuffer open = bundle.longs(Column.OPEN);
        LongBuffer close = bundle.longs(Column.CLOSE);
        int bars = bundle.barsPerAsset();
        int[] ends = bundle.sessionEnds();
        double capital = rules.capital().doubleValue();
        double[] values = new double[ends.length];
        for (int s = 0; s < ends.length; s++) {
            double v = capital;
            for (int a = 0; a < bundle.assets(); a++) {
                v += SHARES * (close.get(a * bars + ends[s]) - open.get(a * bars)) / 1e4;
            }
            values[s] = v;
        }
        double last = values[values.length - 1];
        return new BacktestResult(name(), Modes.FLOAT, new BigDecimal(last), bundle.assets(), SHARES * bundle.assets(),
                BigDecimal.ZERO, new BigDecimal(last / capital - 1), null, null, null, null,
                SessionValues.ofDoubles(values));
    }

    private BacktestResult runDecimal(Bundle bundle, ExecutionRules rules) {
        LongBuffer open = bundle.longs(Column.OPEN);
        LongBuffer close = bundle.longs(Column.CLOSE);
        int bars = bundle.barsPerAsset();
        int[] ends = bundle.sessionEnds();
        BigDecimal shares = BigDecimal.valueOf(SHARES);
        BigDecimal[] values = new BigDecimal[ends.length];
        for (int s = 0; s < ends.length; s++) {
            BigDecimal v = rules.capital();
            for (int a = 0; a < bundle.assets(); a++) {
                BigDecimal gain = BigDecimal.valueOf(close.get(a * bars + ends[s]), 4)
                        .subtract(BigDecimal.valueOf(open.get(a * bars), 4));
                v = v.add(gain.multiply(shares));
            }
            values[s] = v;
        }
        BigDecimal last = values[values.length - 1];
        BigDecimal totalReturn = last.divide(rules.capital(), ExecutionRules.RATIO_SCALE, RoundingMode.HALF_EVEN)
                .subtract(BigDecimal.ONE);
        return new BacktestResult(name(), Modes.DECIMAL, last, bundle.assets(), SHARES * bundle.assets(),
                BigDecimal.ZERO, totalReturn, null, null, null, null, SessionValues.ofBigDecimals(values));
    }
}
