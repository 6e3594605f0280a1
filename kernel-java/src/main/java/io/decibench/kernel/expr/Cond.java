package io.decibench.kernel.expr;

import java.util.List;

/**
 * A per-bar condition over {@link Expr} values. A comparison is exact in the decimal modes (operands are aligned to
 * the larger scale without rounding) and false on bars where either operand is still warming up.
 */
public sealed interface Cond permits Cond.Greater, Cond.Less, Cond.And {

    int warmup();

    /** The value nodes a comparison reads (empty for {@code and}). */
    default List<Expr> operands() {
        if (this instanceof Greater g) { return List.of(g.left(), g.right()); }
        if (this instanceof Less l) { return List.of(l.left(), l.right()); }
        return List.of();
    }

    /** The conditions an {@code and} combines (empty for comparisons). */
    default List<Cond> parts() {
        return this instanceof And a ? List.of(a.left(), a.right()) : List.of();
    }

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
