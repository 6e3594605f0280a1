package io.decibench.kernel.backtest;

import io.decibench.kernel.expr.Cond;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.ExprPlan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Evaluates a strategy's {@link ExprPlan} for one asset at a time in any {@link ColumnArithmetic}: every value node
 * into its preallocated column, every condition into a boolean column that is false during the node's warm-up.
 * The plan order (inputs first) is the same for every arithmetic; only the column operations differ.
 */
final class PlanEvaluator<V> {
    private final ColumnArithmetic<V> arithmetic;
    private final ExprPlan plan;
    private final List<Expr> valueNodes;
    private final List<Cond> condNodes;
    private final List<V> values;
    private final boolean[][] conditions;
    private final int bars;

    PlanEvaluator(ExprPlan plan, ColumnArithmetic<V> arithmetic, int bars) {
        this.arithmetic = arithmetic;
        this.plan = plan;
        this.bars = bars;
        this.valueNodes = plan.values();
        this.condNodes = plan.conditions();
        this.values = new ArrayList<>(valueNodes.size());
        for (int i = 0; i < valueNodes.size(); i++) {
            values.add(arithmetic.allocate(bars));
        }
        this.conditions = new boolean[condNodes.size()][bars];
    }

    /** Evaluates every node of the plan for one asset; read the results with {@link #condition(int)}. */
    void evaluate(int asset) {
        for (int slot = 0; slot < valueNodes.size(); slot++) {
            evaluateValue(valueNodes.get(slot), asset, values.get(slot));
        }
        for (int slot = 0; slot < condNodes.size(); slot++) {
            evaluateCondition(condNodes.get(slot), conditions[slot]);
        }
    }

    /** The boolean column of a condition slot, valid after {@link #evaluate(int)}. */
    boolean[] condition(int slot) {
        return conditions[slot];
    }

    /** The value column of a value slot, valid after {@link #evaluate(int)} from the node's warm-up on. */
    V value(int slot) {
        return values.get(slot);
    }

    private void evaluateValue(Expr node, int asset, V out) {
        int from = node.warmup();
        if (node instanceof Expr.Field f) {
            arithmetic.field(f.column(), asset, out);
        } else if (from >= bars) {
            return; // never defined on so short a timeline
        } else if (node instanceof Expr.Constant c) {
            arithmetic.constant(c.value(), from, out);
        } else if (node instanceof Expr.RollingSum r) {
            arithmetic.rollingSum(input(r.input()), r.window(), from, out);
        } else if (node instanceof Expr.Shift s) {
            arithmetic.shift(input(s.input()), s.bars(), from, out);
        } else if (node instanceof Expr.Scale s) {
            arithmetic.scale(input(s.input()), s.factor(), from, out);
        } else if (node instanceof Expr.Add a) {
            arithmetic.add(input(a.left()), input(a.right()), from, out);
        } else if (node instanceof Expr.Sub s) {
            arithmetic.subtract(input(s.left()), input(s.right()), from, out);
        } else if (node instanceof Expr.Mul m) {
            arithmetic.multiply(input(m.left()), input(m.right()), from, out);
        } else {
            throw new IllegalStateException("no column operation for " + node.getClass().getSimpleName());
        }
    }

    private void evaluateCondition(Cond node, boolean[] out) {
        int from = Math.min(node.warmup(), bars);
        Arrays.fill(out, 0, from, false);
        if (from == bars) {
            return;
        }
        if (node instanceof Cond.Greater g) {
            arithmetic.greater(input(g.left()), input(g.right()), from, out);
        } else if (node instanceof Cond.Less l) {
            arithmetic.less(input(l.left()), input(l.right()), from, out);
        } else if (node instanceof Cond.And a) {
            boolean[] left = conditions[plan.slot(a.left())];
            boolean[] right = conditions[plan.slot(a.right())];
            for (int b = from; b < bars; b++) {
                out[b] = left[b] && right[b];
            }
        } else {
            throw new IllegalStateException("no evaluation for " + node.getClass().getSimpleName());
        }
    }

    private V input(Expr node) {
        return values.get(plan.slot(node));
    }
}
