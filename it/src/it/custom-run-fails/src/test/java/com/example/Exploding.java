package com.example;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.ModeSpecificScenario;
import io.decibench.kernel.spi.Modes;

import java.util.Set;

/** Its float code works; its decimal code has a bug that throws on every run. */
public class Exploding implements ModeSpecificScenario {
    @Override public String name() { return "exploding"; }
    @Override public String bundle() { return "it-minute"; }
    @Override public Set<String> modes() { return Set.of(Modes.FLOAT, Modes.DECIMAL); }

    @Override
    public Backtest prepare(String mode, Bundle bundle, ExecutionRules rules) {
        if (Modes.FLOAT.equals(mode)) {
            return new BuyAndHold().prepare(mode, bundle, rules);
        }
        return () -> {
            throw new ArithmeticException("decimal bug: division by zero in session 3");
        };
    }
}
