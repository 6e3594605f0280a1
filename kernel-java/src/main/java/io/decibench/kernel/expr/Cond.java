package io.decibench.kernel.expr;

/**
 * A per-bar condition over {@link Expr} values. A comparison is exact in the decimal modes (operands are aligned to
 * the larger scale without rounding) and false on bars where either operand is still warming up.
 */
public sealed interface Cond permits Cond.Greater, Cond.Less, Cond.And {

    int warmup();

    record Greater(Expr left, Expr right) implements Cond {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() { return left + " > " + right; }
    }

    record Less(Expr left, Expr right) implements Cond {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() { return left + " < " + right; }
    }

    record And(Cond left, Cond right) implements Cond {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() { return "(" + left + ") and (" + right + ")"; }
    }

    default Cond and(Cond other) {
        return new And(this, other);
    }
}
