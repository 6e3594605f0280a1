package io.decibench.nativecore;

import static io.decibench.nativecore.NativeAbi.*;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.expr.Cond;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.ExprPlan;
import io.decibench.kernel.expr.Target;
import io.decibench.kernel.spi.ExecutionRules;

import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.List;

/**
 * A scenario's {@link ExprPlan} and the {@link ExecutionRules}, encoded once as the int64 program the native engine
 * interprets: a {@link NativeAbi#HEADER_WORDS}-word header, then {@link NativeAbi#NODE_WORDS} words per value node and
 * per condition node, in the plan's slot order (every word named in {@link NativeAbi}). The same format serves both
 * arithmetics; {@link NativeArithmetic} decides how constants and money are written.
 */
final class NativeProgram {
    private final ExprPlan plan;
    private final NativeArithmetic arithmetic;
    private final ByteBuffer words;
    private final Pointer pointer;
    private final int length;

    private NativeProgram(ExprPlan plan, NativeArithmetic arithmetic, ByteBuffer words, int length) {
        this.plan = plan;
        this.arithmetic = arithmetic;
        this.words = words;
        this.pointer = Native.getDirectBufferPointer(words);
        this.length = length;
    }

    static NativeProgram encode(ExprPlan plan, ExecutionRules rules, NativeArithmetic arithmetic) {
        List<Expr> values = plan.values();
        List<Cond> conds = plan.conditions();
        int length = HEADER_WORDS + (values.size() + conds.size()) * NODE_WORDS;
        ByteBuffer bytes = ByteBuffer.allocateDirect(length * Long.BYTES).order(ByteOrder.nativeOrder());
        LongBuffer w = bytes.asLongBuffer();
        w.put(H_VERSION, PROGRAM_VERSION).put(H_ARITHMETIC, arithmetic.code())
                .put(H_VALUES, values.size()).put(H_CONDS, conds.size())
                .put(H_ENTER_SLOT, plan.enterSlot()).put(H_EXIT_SLOT, plan.exitSlot())
                .put(H_CAPITAL, arithmetic.money(rules.capital(), "Execution rule capital"))
                .put(H_SLIPPAGE_BPS, rules.slippageBps()).put(H_VOLUME_PERCENT, rules.volumeLimitPercent())
                .put(H_COMMISSION, arithmetic.money(rules.commissionPerShare(), "Execution rule commissionPerShare"))
                .put(H_PERIODS, rules.periodsPerYear());
        target(w, H_ENTER_KIND, H_ENTER_TARGET, plan.rule().enterTarget(), arithmetic);
        target(w, H_EXIT_KIND, H_EXIT_TARGET, plan.rule().exitTarget(), arithmetic);
        int at = HEADER_WORDS;
        for (Expr e : values) {
            if (e.scale() > MAX_NODE_SCALE) {
                throw new IllegalArgumentException("The native core holds at most " + MAX_NODE_SCALE
                        + " decimal places, but " + e + " has scale " + e.scale() + "; run this scenario in mode decimal.");
            }
            long[] node = valueNode(plan, e, arithmetic);
            node[N_SCALE] = e.scale();
            node[N_WARMUP] = e.warmup();
            w.put(at, node);
            at += NODE_WORDS;
        }
        for (Cond c : conds) {
            long[] node = condNode(plan, c);
            node[N_WARMUP] = c.warmup();
            w.put(at, node);
            at += NODE_WORDS;
        }
        return new NativeProgram(plan, arithmetic, bytes, length);
    }

    private static void target(LongBuffer w, int kindWord, int targetWord, Target target, NativeArithmetic arithmetic) {
        if (target instanceof Target.Shares s) {
            w.put(kindWord, TARGET_SHARES).put(targetWord, s.shares());
        } else if (target instanceof Target.Value v) {
            w.put(kindWord, TARGET_VALUE).put(targetWord, arithmetic.money(v.amount(), "Target " + v));
        } else {
            throw new IllegalArgumentException("no native encoding for target " + target);
        }
    }

    /** A value node's words except scale and warm-up. */
    private static long[] valueNode(ExprPlan plan, Expr e, NativeArithmetic arithmetic) {
        long[] n = new long[NODE_WORDS];
        List<Expr> inputs = e.inputs();
        if (!inputs.isEmpty()) {
            n[N_A] = plan.slot(inputs.get(0));
        }
        if (inputs.size() > 1) {
            n[N_B] = plan.slot(inputs.get(1));
        }
        if (e instanceof Expr.Field f) {
            n[N_OP] = V_FIELD;
            n[N_PARAM] = columnCode(f.column());
        } else if (e instanceof Expr.Constant c) {
            n[N_OP] = V_CONST;
            n[N_PARAM] = arithmetic.constant(c.unscaled(), c.scale());
        } else if (e instanceof Expr.RollingSum r) {
            n[N_OP] = V_ROLLING_SUM;
            n[N_PARAM] = r.window();
        } else if (e instanceof Expr.RollingMax r) {
            n[N_OP] = V_ROLLING_MAX;
            n[N_PARAM] = r.window();
        } else if (e instanceof Expr.RollingMin r) {
            n[N_OP] = V_ROLLING_MIN;
            n[N_PARAM] = r.window();
        } else if (e instanceof Expr.Shift s) {
            n[N_OP] = V_SHIFT;
            n[N_PARAM] = s.bars();
        } else if (e instanceof Expr.Scale s) {
            n[N_OP] = V_SCALE;
            n[N_PARAM] = s.factor();
        } else if (e instanceof Expr.Add) {
            n[N_OP] = V_ADD;
        } else if (e instanceof Expr.Sub) {
            n[N_OP] = V_SUB;
        } else if (e instanceof Expr.Mul) {
            n[N_OP] = V_MUL;
        } else if (e instanceof Expr.Abs) {
            n[N_OP] = V_ABS;
        } else if (e instanceof Expr.Min) {
            n[N_OP] = V_MIN;
        } else if (e instanceof Expr.Max) {
            n[N_OP] = V_MAX;
        } else if (e instanceof Expr.Div d) {
            n[N_OP] = V_DIV;
            n[N_PARAM] = roundingCode(d.rounding());
        } else if (e instanceof Expr.Sqrt) {
            n[N_OP] = V_SQRT;
        } else if (e instanceof Expr.Round r) {
            n[N_OP] = V_ROUND;
            n[N_PARAM] = roundingCode(r.rounding());
        } else if (e instanceof Expr.Ema m) {
            n[N_OP] = V_EMA;
            n[N_PARAM] = m.window();
            n[N_ALPHA_NUM] = m.alphaNum();
            n[N_ALPHA_DEN] = m.alphaDen();
        } else {
            throw new IllegalArgumentException("no native opcode for " + e);
        }
        return n;
    }

    /** A condition node's words except its warm-up. */
    private static long[] condNode(ExprPlan plan, Cond c) {
        long[] n = new long[NODE_WORDS];
        List<Expr> operands = c.operands();
        List<Cond> parts = c.parts();
        if (!operands.isEmpty()) {
            n[N_A] = plan.slot(operands.get(0));
            n[N_B] = plan.slot(operands.get(1));
        } else {
            n[N_A] = plan.slot(parts.get(0));
            n[N_B] = parts.size() > 1 ? plan.slot(parts.get(1)) : 0;
        }
        if (c instanceof Cond.Greater) {
            n[N_OP] = C_GREATER;
        } else if (c instanceof Cond.Less) {
            n[N_OP] = C_LESS;
        } else if (c instanceof Cond.GreaterOrEqual) {
            n[N_OP] = C_GREATER_EQUAL;
        } else if (c instanceof Cond.LessOrEqual) {
            n[N_OP] = C_LESS_EQUAL;
        } else if (c instanceof Cond.And) {
            n[N_OP] = C_AND;
        } else if (c instanceof Cond.Or) {
            n[N_OP] = C_OR;
        } else if (c instanceof Cond.Not) {
            n[N_OP] = C_NOT;
        } else {
            throw new IllegalArgumentException("no native opcode for " + c);
        }
        return n;
    }

    private static int roundingCode(RoundingMode mode) {
        return switch (mode) {
            case HALF_EVEN -> R_HALF_EVEN;
            case HALF_UP -> R_HALF_UP;
            case DOWN -> R_DOWN;
            case FLOOR -> R_FLOOR;
            case CEILING -> R_CEILING;
            default -> throw new IllegalArgumentException("the column API has no rounding mode " + mode);
        };
    }

    private static int columnCode(Column column) {
        return switch (column) {
            case OPEN -> F_OPEN;
            case HIGH -> F_HIGH;
            case LOW -> F_LOW;
            case CLOSE -> F_CLOSE;
            case VOLUME -> F_VOLUME;
            case TIMESTAMP -> throw new IllegalArgumentException("timestamp is not a value column");
        };
    }

    ExprPlan plan() {
        return plan;
    }

    NativeArithmetic arithmetic() {
        return arithmetic;
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
