package io.decibench.kernel.expr;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;

import java.util.List;

/**
 * A column expression over one asset's bars, written once and evaluated by every arithmetic (double, BigDecimal,
 * native fixed point). Values are exact decimals in the decimal modes: no expression divides or takes a root, so a
 * strategy's decisions never depend on rounding.
 *
 * <p>Each node has a static {@link #warmup()}: the number of leading bars of each asset for which its value is not
 * defined (a rolling sum of 50 bars is defined from bar 49 on). Conditions are false on those bars. Each node also
 * has a static decimal {@link #scale()}: prices have scale 4, volume and constants 0, a product adds its factors'
 * scales, everything else keeps the larger scale of its inputs.
 *
 * <p>Records give structural equality, so evaluators can share a node that occurs twice in a tree.
 */
public sealed interface Expr permits Expr.Field, Expr.Constant, Expr.RollingSum, Expr.Shift, Expr.Scale,
        Expr.Add, Expr.Sub, Expr.Mul {

    int warmup();

    int scale();

    /** The nodes this one reads, left to right (empty for leaves). */
    default List<Expr> inputs() {
        if (this instanceof RollingSum r) { return List.of(r.input()); }
        if (this instanceof Shift s) { return List.of(s.input()); }
        if (this instanceof Scale s) { return List.of(s.input()); }
        if (this instanceof Add a) { return List.of(a.left(), a.right()); }
        if (this instanceof Sub s) { return List.of(s.left(), s.right()); }
        if (this instanceof Mul m) { return List.of(m.left(), m.right()); }
        return List.of();
    }

    // ---- leaves -------------------------------------------------------------------------------------------------

    /** A bundle column of the current asset (any column but the timestamp). */
    record Field(Column column) implements Expr {
        public Field {
            if (column == Column.TIMESTAMP) {
                throw new IllegalArgumentException("timestamp is not a value column");
            }
        }

        @Override public int warmup() { return 0; }
        @Override public int scale() { return column.isPrice() ? Bundle.PRICE_SCALE : 0; }
        @Override public String toString() { return column.id(); }
    }

    /** An exact integer constant. */
    record Constant(long value) implements Expr {
        @Override public int warmup() { return 0; }
        @Override public int scale() { return 0; }
        @Override public String toString() { return Long.toString(value); }
    }

    // ---- operations ---------------------------------------------------------------------------------------------

    /** Sum of the last {@code window} values (this bar included). */
    record RollingSum(Expr input, int window) implements Expr {
        public RollingSum {
            if (window < 1) {
                throw new IllegalArgumentException("window must be >= 1, was " + window);
            }
        }

        @Override public int warmup() { return input.warmup() + window - 1; }
        @Override public int scale() { return input.scale(); }
        @Override public String toString() { return "rollingSum(" + input + ", " + window + ")"; }
    }

    /** The value {@code bars} bars earlier (bars >= 1). */
    record Shift(Expr input, int bars) implements Expr {
        public Shift {
            if (bars < 1) {
                throw new IllegalArgumentException("shift must be >= 1 bar, was " + bars);
            }
        }

        @Override public int warmup() { return input.warmup() + bars; }
        @Override public int scale() { return input.scale(); }
        @Override public String toString() { return "shift(" + input + ", " + bars + ")"; }
    }

    /** Multiplication by an exact integer constant. */
    record Scale(Expr input, long factor) implements Expr {
        @Override public int warmup() { return input.warmup(); }
        @Override public int scale() { return input.scale(); }
        @Override public String toString() { return factor + "*" + input; }
    }

    record Add(Expr left, Expr right) implements Expr {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public int scale() { return Math.max(left.scale(), right.scale()); }
        @Override public String toString() { return "(" + left + " + " + right + ")"; }
    }

    record Sub(Expr left, Expr right) implements Expr {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public int scale() { return Math.max(left.scale(), right.scale()); }
        @Override public String toString() { return "(" + left + " - " + right + ")"; }
    }

    record Mul(Expr left, Expr right) implements Expr {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public int scale() { return left.scale() + right.scale(); }
        @Override public String toString() { return left + "*" + right; }
    }

    // ---- fluent construction ------------------------------------------------------------------------------------

    static Expr open() { return new Field(Column.OPEN); }
    static Expr high() { return new Field(Column.HIGH); }
    static Expr low() { return new Field(Column.LOW); }
    static Expr close() { return new Field(Column.CLOSE); }
    static Expr volume() { return new Field(Column.VOLUME); }
    static Expr constant(long value) { return new Constant(value); }

    default Expr rollingSum(int window) { return new RollingSum(this, window); }
    default Expr shift(int bars) { return new Shift(this, bars); }
    default Expr times(long factor) { return new Scale(this, factor); }
    default Expr times(Expr other) { return new Mul(this, other); }
    default Expr plus(Expr other) { return new Add(this, other); }
    default Expr minus(Expr other) { return new Sub(this, other); }
    default Expr squared() { return new Mul(this, this); }
    default Cond greaterThan(Expr other) { return new Cond.Greater(this, other); }
    default Cond lessThan(Expr other) { return new Cond.Less(this, other); }
}
