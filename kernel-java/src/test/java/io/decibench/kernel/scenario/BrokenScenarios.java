package io.decibench.kernel.scenario;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.ModeSpecificScenario;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

import java.math.BigDecimal;
import java.util.Set;

/** The ways a user's scenario class goes wrong, one nested class each. */
final class BrokenScenarios {

    private BrokenScenarios() {
    }

    /** A column-API scenario that is fine: close above its value 4 bars earlier -> 50 shares, below -> 0. */
    public static class Breakout implements Scenario {
        @Override public String name() { return "breakout"; }
        @Override public String bundle() { return "user-daily"; }
        @Override public TargetRule rule() {
            Expr then = Expr.close().shift(4);
            return new TargetRule(Expr.close().greaterThan(then), 50, Expr.close().lessThan(then), 0);
        }
    }

    public static class NotAScenario {
    }

    public abstract static class Abstract implements Scenario {
    }

    public static class NoNoArgConstructor extends Breakout {
        public NoNoArgConstructor(int unused) {
        }
    }

    public static class ThrowsInConstructor extends Breakout {
        public ThrowsInConstructor() {
            throw new IllegalStateException("no config file");
        }
    }

    public static class NullRule extends Breakout {
        @Override public TargetRule rule() { return null; }
    }

    public static class NoBundle extends Breakout {
        @Override public String bundle() { return null; }
    }

    public static class Both extends Breakout implements ModeSpecificScenario {
        @Override public Set<String> modes() { return Set.of(Modes.FLOAT); }
        @Override public Backtest prepare(String mode, Bundle bundle, ExecutionRules rules) { return null; }
    }

    /** Mode-specific with the given modes; runs throw in decimal, prepare throws in float. */
    public static class Failing implements ModeSpecificScenario {
        @Override public String name() { return "failing"; }
        @Override public String bundle() { return "user-daily"; }
        @Override public Set<String> modes() { return Set.of(Modes.FLOAT, Modes.DECIMAL); }
        @Override public Backtest prepare(String mode, Bundle bundle, ExecutionRules rules) {
            if (Modes.FLOAT.equals(mode)) {
                throw new UnsupportedOperationException("float not ready");
            }
            return () -> {
                throw new IllegalStateException("boom in bar 7");
            };
        }
    }

    public static class UnknownMode extends Failing {
        @Override public Set<String> modes() { return Set.of(Modes.FLOAT, "Double Mode"); }
    }

    public static class NoModes extends Failing {
        @Override public Set<String> modes() { return Set.of(); }
    }

    /** Returns a result without session values, or no result at all in float. */
    public static class Incomplete extends Failing {
        @Override public Backtest prepare(String mode, Bundle bundle, ExecutionRules rules) {
            return () -> Modes.FLOAT.equals(mode) ? null : new BacktestResult("incomplete", mode, BigDecimal.ONE, 0, 0,
                    BigDecimal.ZERO, null, null, null, null, null, null);
        }
    }
}
