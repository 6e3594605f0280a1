package com.example;

import static io.decibench.kernel.expr.Expr.close;

import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.Scenario;

/** Column API: hold 50 shares while the close is above its value 30 bars ago. Runs in every mode. */
public class Breakout implements Scenario {
    @Override
    public String name() {
        return "breakout";
    }

    @Override
    public String bundle() {
        return "it-minute";
    }

    @Override
    public TargetRule rule() {
        Expr then = close().shift(30);
        return new TargetRule(close().greaterThan(then), 50, close().lessThan(then), 0);
    }
}
