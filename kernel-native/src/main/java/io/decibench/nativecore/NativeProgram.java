package io.decibench.nativecore;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.expr.Cond;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.ExprPlan;
import io.decibench.kernel.spi.ExecutionRules;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.List;

/**
 * A scenario's {@link ExprPlan} and the {@link ExecutionRules}, encoded once as the int64 program the native backtest
 * interprets: a 16-word header, then six words per value node ({@code op, input a, input b, param, scale, warm-up})
 * and per condition node, in the plan's slot order. The layout mirrors {@code rust/src/backtest.rs}.
 */
final class NativeProgram {
    static final int HEADER_WORDS = 16;
    static final int NODE_WORDS = 6;
    private static final int VERSION = 1;
    /** The core aligns scales with powers of ten up to 10^36 in 128 bits. */
    private static final int MAX_NODE_SCALE = 36;

    private final ExprPlan plan;
    private final ByteBuffer words;
    private final Pointer pointer;
    private final int length;

    private NativeProgram(ExprPlan plan, ByteBuffer words, int length) {
        this.plan = plan;
        this.words = words;
        this.pointer = Native.getDirectBufferPointer(words);
        this.length = length;
    }

    static NativeProgram encode(ExprPlan plan, ExecutionRules rules) {
        List<Expr> values = plan.values();
        List<Cond> conds = plan.conditions();
        int length = HEADER_WORDS + (values.size() + conds.size()) * NODE_WORDS;
        ByteBuffer bytes = ByteBuffer.allocateDirect(length * Long.BYTES).order(ByteOrder.nativeOrder());
        LongBuffer w = bytes.asLongBuffer();
        w.put(0, VERSION).put(1, values.size()).put(2, conds.size())
                .put(3, plan.enterSlot()).put(4, plan.exitSlot())
                .put(5, shares(plan.rule().enterTarget())).put(6, shares(plan.rule().exitTarget()))
                .put(7, money(rules.capital(), "capital")).put(8, rules.slippageBps())
                .put(9, rules.volumeLimitPercent()).put(10, money(rules.commissionPerShare(), "commissionPerShare"))
                .put(11, rules.periodsPerYear());
        int at = HEADER_WORDS;
        for (Expr e : values) {
            if (e.scale() > MAX_NODE_SCALE) {
                throw new IllegalArgumentException("The native core holds at most " + MAX_NODE_SCALE
                        + " decimal places, but " + e + " has scale " + e.scale() + "; run this scenario in mode decimal.");
            }
            long[] node = valueNode(plan, e);
            w.put(at, node[0]).put(at + 1, node[1]).put(at + 2, node[2]).put(at + 3, node[3])
                    .put(at + 4, e.scale()).put(at + 5, e.warmup());
            at += NODE_WORDS;
        }
        for (Cond c : conds) {
            long[] node = condNode(plan, c);
            w.put(at, node[0]).put(at + 1, node[1]).put(at + 2, node[2]).put(at + 3, 0).put(at + 4, 0)
                    .put(at + 5, c.warmup());
            at += NODE_WORDS;
        }
        return new NativeProgram(plan, bytes, length);
    }

    /** {@code op, input a, input b, param} of a value node. */
    private static long[] valueNode(ExprPlan plan, Expr e) {
        if (e instanceof Expr.Field f) {
            return new long[] {1, 0, 0, columnCode(f.column())};
        }
        if (e instanceof Expr.Constant c) {
            return new long[] {2, 0, 0, c.unscaled()};
        }
        if (e instanceof Expr.RollingSum r) {
            return new long[] {3, plan.slot(r.input()), 0, r.window()};
        }
        if (e instanceof Expr.Shift s) {
            return new long[] {4, plan.slot(s.input()), 0, s.bars()};
        }
        if (e instanceof Expr.Scale s) {
            return new long[] {5, plan.slot(s.input()), 0, s.factor()};
        }
        if (e instanceof Expr.Add a) {
            return new long[] {6, plan.slot(a.left()), plan.slot(a.right()), 0};
        }
        if (e instanceof Expr.Sub s) {
            return new long[] {7, plan.slot(s.left()), plan.slot(s.right()), 0};
        }
        if (e instanceof Expr.Mul m) {
            return new long[] {8, plan.slot(m.left()), plan.slot(m.right()), 0};
        }
        throw new IllegalArgumentException("no native opcode for " + e);
    }

    private static long[] condNode(ExprPlan plan, Cond c) {
        if (c instanceof Cond.Greater g) {
            return new long[] {1, plan.slot(g.left()), plan.slot(g.right())};
        }
        if (c instanceof Cond.Less l) {
            return new long[] {2, plan.slot(l.left()), plan.slot(l.right())};
        }
        if (c instanceof Cond.And a) {
            return new long[] {3, plan.slot(a.left()), plan.slot(a.right())};
        }
        throw new IllegalArgumentException("no native opcode for " + c);
    }

    private static long shares(io.decibench.kernel.expr.Target target) {
        if (target instanceof io.decibench.kernel.expr.Target.Shares s) {
            return s.shares();
        }
        throw new IllegalArgumentException("value targets are not supported by the native core yet: " + target);
    }

    private static long columnCode(Column column) {
        return switch (column) {
            case OPEN -> 1;
            case HIGH -> 2;
            case LOW -> 3;
            case CLOSE -> 4;
            case VOLUME -> 5;
            case TIMESTAMP -> throw new IllegalArgumentException("timestamp is not a value column");
        };
    }

    /** A money constant as unscaled at scale 4; the ledger is exact there, so more places cannot be honoured. */
    private static long money(BigDecimal value, String name) {
        try {
            return value.setScale(ExecutionRules.MONEY_SCALE).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Execution rule " + name + " = " + value.toPlainString()
                    + " needs more than " + ExecutionRules.MONEY_SCALE + " decimal places or 64 bits; the ledger is exact"
                    + " at scale " + ExecutionRules.MONEY_SCALE + ".", e);
        }
    }

    ExprPlan plan() {
        return plan;
    }

    Pointer pointer() {
        return pointer;
    }

    int length() {
        return length;
    }

    /** Keeps the program's memory reachable as long as this object is. */
    ByteBuffer words() {
        return words;
    }
}
