package com.example;

import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;

import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.Target;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.Scenario;

/**
 * Wilder's RSI(14) in the column API, written once for every mode: buy 5,000 dollars' worth when RSI < 30, go flat when
 * RSI > 70. RSI < 30 <=> 70 G < 30 L with G and L the smoothed gain and loss, so the only rounding is Wilder's
 * smoothing (HALF_EVEN to 6 places at every bar), the same in every exact mode.
 */
public class Rsi implements Scenario {
    @Override
    public String name() {
        return "rsi";
    }

    @Override
    public String bundle() {
        return "it-hourly";
    }

    @Override
    public TargetRule rule() {
        Expr change = close().minus(close().shift(1));
        Expr gain = change.max(constant(0)).wilder(14, 6);
        Expr loss = change.negate().max(constant(0)).wilder(14, 6);
        return new TargetRule(gain.times(70).lessThan(loss.times(30)), Target.value("5000"),
                gain.times(30).greaterThan(loss.times(70)), Target.shares(0));
    }
}
