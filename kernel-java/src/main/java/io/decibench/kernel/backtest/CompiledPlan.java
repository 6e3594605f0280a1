package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.expr.Cond;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.ExprPlan;
import io.decibench.kernel.expr.Target;
import io.decibench.kernel.expr.TargetRule;

import java.math.RoundingMode;
import java.util.List;

/**
 * An {@link ExprPlan} flattened into arrays indexed by slot, the form every Java engine evaluates: one op code, input
 * slots, scale, warm-up and parameters per value node, the same per condition node, and which value nodes keep a whole
 * column (those a later node reads at earlier bars: the inputs of shifts and rolling windows). Everything else lives
 * in one 256-bar block.
 */
final class CompiledPlan {
    static final int FIELD = 1;
    static final int CONST = 2;
    static final int ROLLING_SUM = 3;
    static final int ROLLING_MAX = 4;
    static final int ROLLING_MIN = 5;
    static final int SHIFT = 6;
    static final int SCALE = 7;
    static final int ADD = 8;
    static final int SUB = 9;
    static final int MUL = 10;
    static final int ABS = 11;
    static final int MIN = 12;
    static final int MAX = 13;
    static final int DIV = 14;
    static final int SQRT = 15;
    static final int ROUND = 16;
    static final int EMA = 17;

    static final int GREATER = 1;
    static final int LESS = 2;
    static final int GREATER_OR_EQUAL = 3;
    static final int LESS_OR_EQUAL = 4;
    static final int AND = 5;
    static final int OR = 6;
    static final int NOT = 7;

    final ExprPlan plan;
    final List<Expr> nodes;
    final int values;
    final int[] op;
    final int[] a;
    final int[] b;
    final int[] scale;
    final int[] warmup;
    /** The first bar a node's loop visits: its warm-up, or its input's for nodes with state (EMA, rolling max/min). */
    final int[] from;
    /** Window, shift, factor, constant's unscaled value, EMA's alphaNum. */
    final long[] param;
    /** EMA's alphaDen. */
    final long[] param2;
    final RoundingMode[] rounding;
    final Column[] column;
    final boolean[] whole;

    final List<Cond> condNodes;
    final int conds;
    final int[] condOp;
    final int[] condA;
    final int[] condB;
    final int[] condWarmup;
    final int enterSlot;
    final int exitSlot;

    final boolean enterIsValue;
    final long enterShares;
    final long enterAmount;
    final boolean exitIsValue;
    final long exitShares;
    final long exitAmount;

    CompiledPlan(TargetRule rule) {
        this.plan = ExprPlan.of(rule);
        this.nodes = plan.values();
        this.values = nodes.size();
        op = new int[values];
        a = new int[values];
        b = new int[values];
        scale = new int[values];
        warmup = new int[values];
        from = new int[values];
        param = new long[values];
        param2 = new long[values];
        rounding = new RoundingMode[values];
        column = new Column[values];
        whole = new boolean[values];
        for (int slot = 0; slot < values; slot++) {
            Expr e = nodes.get(slot);
            List<Expr> in = e.inputs();
            a[slot] = in.isEmpty() ? -1 : plan.slot(in.get(0));
            b[slot] = in.size() < 2 ? -1 : plan.slot(in.get(1));
            scale[slot] = e.scale();
            warmup[slot] = e.warmup();
            from[slot] = e.warmup();
            op[slot] = compile(e, slot);
        }
        condNodes = plan.conditions();
        conds = condNodes.size();
        condOp = new int[conds];
        condA = new int[conds];
        condB = new int[conds];
        condWarmup = new int[conds];
        for (int slot = 0; slot < conds; slot++) {
            Cond c = condNodes.get(slot);
            condWarmup[slot] = c.warmup();
            List<Expr> operands = c.operands();
            List<Cond> parts = c.parts();
            if (!operands.isEmpty()) {
                condA[slot] = plan.slot(operands.get(0));
                condB[slot] = plan.slot(operands.get(1));
            } else {
                condA[slot] = plan.slot(parts.get(0));
                condB[slot] = parts.size() > 1 ? plan.slot(parts.get(1)) : -1;
            }
            condOp[slot] = c instanceof Cond.Greater ? GREATER
                    : c instanceof Cond.Less ? LESS
                    : c instanceof Cond.GreaterOrEqual ? GREATER_OR_EQUAL
                    : c instanceof Cond.LessOrEqual ? LESS_OR_EQUAL
                    : c instanceof Cond.And ? AND
                    : c instanceof Cond.Or ? OR
                    : NOT;
        }
        enterSlot = plan.enterSlot();
        exitSlot = plan.exitSlot();
        Target enter = rule.enterTarget();
        Target exit = rule.exitTarget();
        enterIsValue = enter instanceof Target.Value;
        enterShares = enter instanceof Target.Shares s ? s.shares() : 0;
        enterAmount = enter instanceof Target.Value v ? v.unscaled() : 0;
        exitIsValue = exit instanceof Target.Value;
        exitShares = exit instanceof Target.Shares s ? s.shares() : 0;
        exitAmount = exit instanceof Target.Value v ? v.unscaled() : 0;
    }

    private int compile(Expr e, int slot) {
        if (e instanceof Expr.Field f) {
            column[slot] = f.column();
            return FIELD;
        } else if (e instanceof Expr.Constant c) {
            param[slot] = c.unscaled();
            return CONST;
        } else if (e instanceof Expr.RollingSum r) {
            return window(slot, r.window(), ROLLING_SUM);
        } else if (e instanceof Expr.RollingMax r) {
            from[slot] = r.input().warmup();
            return window(slot, r.window(), ROLLING_MAX);
        } else if (e instanceof Expr.RollingMin r) {
            from[slot] = r.input().warmup();
            return window(slot, r.window(), ROLLING_MIN);
        } else if (e instanceof Expr.Shift s) {
            return window(slot, s.bars(), SHIFT);
        } else if (e instanceof Expr.Scale s) {
            param[slot] = s.factor();
            return SCALE;
        } else if (e instanceof Expr.Add) {
            return ADD;
        } else if (e instanceof Expr.Sub) {
            return SUB;
        } else if (e instanceof Expr.Mul) {
            return MUL;
        } else if (e instanceof Expr.Abs) {
            return ABS;
        } else if (e instanceof Expr.Min) {
            return MIN;
        } else if (e instanceof Expr.Max) {
            return MAX;
        } else if (e instanceof Expr.Div d) {
            rounding[slot] = d.rounding();
            return DIV;
        } else if (e instanceof Expr.Sqrt) {
            return SQRT;
        } else if (e instanceof Expr.Round r) {
            rounding[slot] = r.rounding();
            return ROUND;
        } else if (e instanceof Expr.Ema m) {
            param[slot] = m.alphaNum();
            param2[slot] = m.alphaDen();
            from[slot] = m.input().warmup();
            return EMA;
        }
        throw new IllegalArgumentException("no Java evaluation for " + e.getClass().getSimpleName());
    }

    /** A node that reads its input at earlier bars: the input keeps its whole column. */
    private int window(int slot, long window, int code) {
        param[slot] = window;
        whole[a[slot]] = true;
        return code;
    }

    /** The fields the plan reads, so an engine bulk-reads only those. */
    boolean reads(Column c) {
        for (int slot = 0; slot < values; slot++) {
            if (op[slot] == FIELD && column[slot] == c) {
                return true;
            }
        }
        return false;
    }
}
