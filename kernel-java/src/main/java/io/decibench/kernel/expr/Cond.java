package io.decibench.kernel.expr;

import java.util.List;

/**
 * A per-bar condition over {@link Expr} values. A comparison is exact in the exact modes (operands are aligned to the
 * larger scale without rounding). Every condition is false on the bars where it is still warming up: its warm-up is
 * the largest of its operands' or parts', so {@code not(c)} is false, not true, while {@code c} is undefined.
 */
public sealed interface Cond permits Cond.Greater, Cond.Less, Cond.GreaterOrEqual, Cond.LessOrEqual, Cond.And,
        Cond.Or, Cond.Not {

    int warmup();

    /** The value nodes a comparison reads (empty for {@code and}, {@code or}, {@code not}). */
    default List<Expr> operands() {
        if (this instanceof Greater g) { return List.of(g.left(), g.right()); }
        if (this instanceof Less l) { return List.of(l.left(), l.right()); }
        if (this instanceof GreaterOrEqual g) { return List.of(g.left(), g.right()); }
        if (this instanceof LessOrEqual l) { return List.of(l.left(), l.right()); }
        return List.of();
    }

    /** The conditions a logical node combines (empty for comparisons). */
    default List<Cond> parts() {
        if (this instanceof And a) { return List.of(a.left(), a.right()); }
        if (this instanceof Or o) { return List.of(o.left(), o.right()); }
        if (this instanceof Not n) { return List.of(n.condition()); }
        return List.of();
    }

    record Greater(Expr left, Expr right) implements Cond {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() { return left + " > " + right; }
    }

    record Less(Expr left, Expr right) implements Cond {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() { return left + " < " + right; }
    }

    record GreaterOrEqual(Expr left, Expr right) implements Cond {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() { return left + " >= " + right; }
    }

    record LessOrEqual(Expr left, Expr right) implements Cond {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() { return left + " <= " + right; }
    }

    record And(Cond left, Cond right) implements Cond {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() { return "(" + left + ") and (" + right + ")"; }
    }

    record Or(Cond left, Cond right) implements Cond {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() { return "(" + left + ") or (" + right + ")"; }
    }

    record Not(Cond condition) implements Cond {
        @Override public int warmup() { return condition.warmup(); }
        @Override public String toString() { return "not (" + condition + ")"; }
    }

    default Cond and(Cond other) {
        return new And(this, other);
    }

    default Cond or(Cond other) {
        return new Or(this, other);
    }

    default Cond not() {
        return new Not(this);
    }
}
