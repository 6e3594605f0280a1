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
    private final List<Expr> valueNodes;
    private final List<Cond> condNodes;
    private final List<V> values;
    private final boolean[][] conditions;
    /** Per value slot the slots of its inputs, and per condition slot those of its operands or parts. */
    private final int[][] valueInputs;
    private final int[][] condInputs;
    private final int[] valueWarmups;
    private final int[] condWarmups;
    private final int bars;

    PlanEvaluator(ExprPlan plan, ColumnArithmetic<V> arithmetic, int bars) {
        this.arithmetic = arithmetic;
        this.bars = bars;
        this.valueNodes = plan.values();
        this.condNodes = plan.conditions();
        this.values = new ArrayList<>(valueNodes.size());
        for (int i = 0; i < valueNodes.size(); i++) {
            values.add(arithmetic.allocate(bars));
        }
        this.conditions = new boolean[condNodes.size()][bars];
        this.valueInputs = valueNodes.stream()
                .map(e -> e.inputs().stream().mapToInt(plan::slot).toArray()).toArray(int[][]::new);
        this.condInputs = condNodes.stream()
                .map(c -> c.parts().isEmpty()
                        ? c.operands().stream().mapToInt(plan::slot).toArray()
                        : c.parts().stream().mapToInt(plan::slot).toArray())
                .toArray(int[][]::new);
        this.valueWarmups = valueNodes.stream().mapToInt(Expr::warmup).toArray();
        this.condWarmups = condNodes.stream().mapToInt(Cond::warmup).toArray();
    }

    /** Evaluates every node of the plan for one asset; read the results with {@link #condition(int)}. */
    void evaluate(int asset) {
        for (int slot = 0; slot < valueNodes.size(); slot++) {
            evaluateValue(valueNodes.get(slot), valueInputs[slot], valueWarmups[slot], asset, values.get(slot));
        }
        for (int slot = 0; slot < condNodes.size(); slot++) {
            evaluateCondition(condNodes.get(slot), condInputs[slot], condWarmups[slot], conditions[slot]);
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

    private void evaluateValue(Expr node, int[] in, int from, int asset, V out) {
        if (node instanceof Expr.Field f) {
            arithmetic.field(f.column(), asset, out);
        } else if (from >= bars) {
            return; // never defined on so short a timeline
        } else if (node instanceof Expr.Constant c) {
            arithmetic.constant(c.unscaled(), c.scale(), from, out);
        } else if (node instanceof Expr.RollingSum r) {
            arithmetic.rollingSum(value(in[0]), r.window(), from, out);
        } else if (node instanceof Expr.Shift s) {
            arithmetic.shift(value(in[0]), s.bars(), from, out);
        } else if (node instanceof Expr.Scale s) {
            arithmetic.scale(value(in[0]), s.factor(), from, out);
        } else if (node instanceof Expr.Add) {
            arithmetic.add(value(in[0]), value(in[1]), from, out);
        } else if (node instanceof Expr.Sub) {
            arithmetic.subtract(value(in[0]), value(in[1]), from, out);
        } else if (node instanceof Expr.Mul) {
            arithmetic.multiply(value(in[0]), value(in[1]), from, out);
        } else {
            throw new IllegalStateException("no column operation for " + node.getClass().getSimpleName());
        }
    }

    private void evaluateCondition(Cond node, int[] in, int warmup, boolean[] out) {
        int from = Math.min(warmup, bars);
        Arrays.fill(out, 0, from, false);
        if (from == bars) {
            return;
        }
        if (node instanceof Cond.Greater) {
            arithmetic.greater(value(in[0]), value(in[1]), from, out);
        } else if (node instanceof Cond.Less) {
            arithmetic.less(value(in[0]), value(in[1]), from, out);
        } else if (node instanceof Cond.And) {
            boolean[] left = conditions[in[0]];
            boolean[] right = conditions[in[1]];
            for (int b = from; b < bars; b++) {
                out[b] = left[b] && right[b];
            }
        } else {
            throw new IllegalStateException("no evaluation for " + node.getClass().getSimpleName());
        }
    }
}
