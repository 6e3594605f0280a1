package io.decibench.plugin.config;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.ModeSpecificScenario;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

import java.util.Set;

/** Scenario classes as a user project would put them on its test classpath. */
final class UserScenarios {

    private UserScenarios() {
    }

    public static class Breakout implements Scenario {
        @Override public String name() { return "breakout"; }
        @Override public String bundle() { return "profiling-daily"; }
        @Override public TargetRule rule() {
            Expr then = Expr.close().shift(4);
            return new TargetRule(Expr.close().greaterThan(then), 50, Expr.close().lessThan(then), 0);
        }
    }

    /** Only float and decimal; never run here, so prepare needs no body. */
    public static class FloatAndDecimal implements ModeSpecificScenario {
        @Override public String name() { return "own"; }
        @Override public String bundle() { return "user-minute"; }
        @Override public Set<String> modes() { return Set.of(Modes.FLOAT, Modes.DECIMAL); }
        @Override public Backtest prepare(String mode, Bundle bundle, ExecutionRules rules) {
            throw new UnsupportedOperationException("not run in plugin tests");
        }
    }
}
