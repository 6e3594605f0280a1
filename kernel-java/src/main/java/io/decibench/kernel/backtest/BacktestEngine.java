package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.expr.ExprPlan;
import io.decibench.kernel.expr.Target;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;

import java.nio.LongBuffer;

/**
 * The arithmetic-independent part of a backtest (semantics page, "Strategy" and "Execution and ledger"): per asset,
 * evaluate the strategy's plan, turn enter/exit conditions into a target column, and walk the bars deciding how many
 * shares fill (next bar's open, volume cap, carry-over through the standing target). The arithmetic plugs in as a
 * {@link ColumnArithmetic} for the strategy's columns and a {@link Ledger} for the money.
 */
final class BacktestEngine<V> implements Backtest {
    private final String scenario;
    private final String mode;
    private final TargetRule rule;
    private final PlanEvaluator<V> evaluator;
    private final int enterSlot;
    private final int exitSlot;
    private final Ledger ledger;
    private final LongBuffer volume;
    private final int assets;
    private final int bars;
    private final int[] sessionEnds;
    private final long volumeLimitPercent;
    private final long[] target;

    BacktestEngine(Bundle bundle, Scenario scenario, ExecutionRules rules, String mode,
                   ColumnArithmetic<V> arithmetic, Ledger ledger) {
        this.scenario = scenario.name();
        this.mode = mode;
        this.rule = scenario.rule();
        ExprPlan plan = ExprPlan.of(rule);
        this.bars = bundle.barsPerAsset();
        this.evaluator = new PlanEvaluator<>(plan, arithmetic, bars);
        this.enterSlot = plan.enterSlot();
        this.exitSlot = plan.exitSlot();
        this.ledger = ledger;
        this.volume = bundle.longs(Column.VOLUME);
        this.assets = bundle.assets();
        this.sessionEnds = bundle.sessionEnds();
        this.volumeLimitPercent = rules.volumeLimitPercent();
        this.target = new long[bars];
    }

    @Override
    public BacktestResult run() {
        ledger.reset();
        long trades = 0;
        long sharesFilled = 0;
        for (int asset = 0; asset < assets; asset++) {
            evaluator.evaluate(asset);
            fillTargets(evaluator.condition(enterSlot), evaluator.condition(exitSlot));
            ledger.startAsset(asset);
            int base = asset * bars;
            long position = 0;
            int session = 0;
            for (int bar = 0; bar < bars; bar++) {
                if (bar > 0) {
                    long want = target[bar - 1] - position;
                    if (want != 0) {
                        long cap = volume.get(base + bar) * volumeLimitPercent / 100;
                        long qty = want > 0 ? Math.min(want, cap) : -Math.min(-want, cap);
                        if (qty != 0) {
                            ledger.fill(bar, qty);
                            trades++;
                            sharesFilled += Math.abs(qty);
                            position += qty;
                        }
                    }
                }
                if (session < sessionEnds.length && sessionEnds[session] == bar) {
                    ledger.markSession(session, bar, position);
                    session++;
                }
            }
        }
        LedgerOutcome outcome = ledger.finish();
        Metrics m = outcome.metrics();
        return new BacktestResult(scenario, mode, outcome.finalValue(), trades, sharesFilled, outcome.commissions(),
                m.totalReturn(), m.maxDrawdown(), m.annualVolatility(), m.sharpe(), m.sortino(),
                outcome.sessionValues());
    }

    private static long shares(Target target) {
        if (target instanceof Target.Shares s) {
            return s.shares();
        }
        throw new IllegalArgumentException("value targets are not supported by this engine yet: " + target);
    }

    /** enter -> enterShares, else exit -> exitShares, else the previous target (initially 0). */
    private void fillTargets(boolean[] enter, boolean[] exit) {
        long enterShares = shares(rule.enterTarget());
        long exitShares = shares(rule.exitTarget());
        long standing = 0;
        for (int bar = 0; bar < bars; bar++) {
            if (enter[bar]) {
                standing = enterShares;
            } else if (exit[bar]) {
                standing = exitShares;
            }
            target[bar] = standing;
        }
    }
}
