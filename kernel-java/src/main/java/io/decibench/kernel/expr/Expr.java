package io.decibench.kernel.expr;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * A column expression over one asset's bars, written once and evaluated by every arithmetic (double, BigDecimal,
 * 64-bit fixed point in Java and in the native core, and users' own). In the exact modes every value is exact: the
 * only nodes that round are {@link Div}, {@link Sqrt}, {@link Round} and {@link Ema}, each at the scale and with the
 * rounding mode it names (the site's "Column API" page lists them), so a strategy's decisions never depend on hidden
 * rounding.
 *
 * <p>Each node has a static {@link #warmup()}: the number of leading bars of each asset for which its value is not
 * defined (a rolling sum of 50 bars is defined from bar 49 on). Conditions are false on those bars. Each node also
 * has a static decimal {@link #scale()}: prices have scale 4, volume and integer constants 0, a product adds its
 * factors' scales, a rounding node has the scale it names, everything else keeps the larger scale of its inputs.
 *
 * <p>Records give structural equality, so evaluators can share a node that occurs twice in a tree.
 */
public sealed interface Expr permits Expr.Field, Expr.Constant, Expr.RollingSum, Expr.RollingMax, Expr.RollingMin,
        Expr.Shift, Expr.Scale, Expr.Add, Expr.Sub, Expr.Mul, Expr.Abs, Expr.Min, Expr.Max, Expr.Div, Expr.Sqrt,
        Expr.Round, Expr.Ema {

    /** The largest scale a node may have (the native core aligns scales with powers of ten in 128 bits). */
    int MAX_SCALE = 36;

    /** The rounding modes {@link Div} and {@link Round} accept (every arithmetic implements exactly these). */
    Set<RoundingMode> ROUNDING_MODES = Set.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN,
            RoundingMode.FLOOR, RoundingMode.CEILING);

    int warmup();

    int scale();

    /** The nodes this one reads, left to right (empty for leaves). */
    default List<Expr> inputs() {
        if (this instanceof RollingSum r) { return List.of(r.input()); }
        if (this instanceof RollingMax r) { return List.of(r.input()); }
        if (this instanceof RollingMin r) { return List.of(r.input()); }
        if (this instanceof Shift s) { return List.of(s.input()); }
        if (this instanceof Scale s) { return List.of(s.input()); }
        if (this instanceof Abs a) { return List.of(a.input()); }
        if (this instanceof Sqrt s) { return List.of(s.input()); }
        if (this instanceof Round r) { return List.of(r.input()); }
        if (this instanceof Ema e) { return List.of(e.input()); }
        if (this instanceof Add a) { return List.of(a.left(), a.right()); }
        if (this instanceof Sub s) { return List.of(s.left(), s.right()); }
        if (this instanceof Mul m) { return List.of(m.left(), m.right()); }
        if (this instanceof Min m) { return List.of(m.left(), m.right()); }
        if (this instanceof Max m) { return List.of(m.left(), m.right()); }
        if (this instanceof Div d) { return List.of(d.left(), d.right()); }
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

    /** An exact decimal constant {@code unscaled * 10^-scale} (scale 0: an integer). */
    record Constant(long unscaled, int scale) implements Expr {
        public Constant {
            checkScale(scale, "constant");
        }

        /** An integer constant. */
        public Constant(long value) {
            this(value, 0);
        }

        /** The constant as a decimal. */
        public BigDecimal value() {
            return BigDecimal.valueOf(unscaled, scale);
        }

        @Override public int warmup() { return 0; }
        @Override public String toString() { return value().toPlainString(); }
    }

    // ---- window operations --------------------------------------------------------------------------------------

    /** Sum of the last {@code window} values (this bar included). */
    record RollingSum(Expr input, int window) implements Expr {
        public RollingSum {
            checkWindow(window);
        }

        @Override public int warmup() { return input.warmup() + window - 1; }
        @Override public int scale() { return input.scale(); }
        @Override public String toString() { return "rollingSum(" + input + ", " + window + ")"; }
    }

    /** Largest of the last {@code window} values (this bar included); exact in every arithmetic. */
    record RollingMax(Expr input, int window) implements Expr {
        public RollingMax {
            checkWindow(window);
        }

        @Override public int warmup() { return input.warmup() + window - 1; }
        @Override public int scale() { return input.scale(); }
        @Override public String toString() { return "rollingMax(" + input + ", " + window + ")"; }
    }

    /** Smallest of the last {@code window} values (this bar included); exact in every arithmetic. */
    record RollingMin(Expr input, int window) implements Expr {
        public RollingMin {
            checkWindow(window);
        }

        @Override public int warmup() { return input.warmup() + window - 1; }
        @Override public int scale() { return input.scale(); }
        @Override public String toString() { return "rollingMin(" + input + ", " + window + ")"; }
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

    /**
     * Exponential smoothing with weight {@code alphaNum / alphaDen} on the new value, rounded at every bar:
     * at the input's first defined bar {@code e = round(x)}, then {@code e[t] = round((e[t-1] * (alphaDen - alphaNum)
     * + x[t] * alphaNum) / alphaDen)}, where {@code round} is HALF_EVEN to {@code scale} places (one rounding per bar,
     * the only one). Defined from {@code window - 1} bars after the input's first defined bar, so that early values
     * are not traded on. In {@code float} modes the same formula in {@code double}, without rounding.
     *
     * <p>{@link Expr#ema(int, int)} is the usual EMA (alpha = 2 / (n + 1)); {@link Expr#wilder(int, int)} is Wilder's
     * smoothing (alpha = 1 / n), as in the original RSI.
     */
    record Ema(Expr input, int window, long alphaNum, long alphaDen, int scale) implements Expr {
        public Ema {
            checkWindow(window);
            if (alphaNum < 1 || alphaDen < alphaNum || alphaDen > 1_000_000) {
                throw new IllegalArgumentException("smoothing weight must be alphaNum/alphaDen with 1 <= alphaNum <= "
                        + "alphaDen <= 1000000, was " + alphaNum + "/" + alphaDen);
            }
            checkScale(scale, "ema");
        }

        @Override public int warmup() { return input.warmup() + window - 1; }
        @Override public String toString() {
            return "ema(" + input + ", " + window + ", " + alphaNum + "/" + alphaDen + ", scale " + scale + ")";
        }
    }

    // ---- arithmetic ---------------------------------------------------------------------------------------------

    /** Multiplication by an exact integer constant (negative factors negate). */
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
        public Mul {
            checkScale(left.scale() + right.scale(), "product " + left + "*" + right);
        }

        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public int scale() { return left.scale() + right.scale(); }
        @Override public String toString() { return left + "*" + right; }
    }

    record Abs(Expr input) implements Expr {
        @Override public int warmup() { return input.warmup(); }
        @Override public int scale() { return input.scale(); }
        @Override public String toString() { return "abs(" + input + ")"; }
    }

    /** The smaller operand, compared exactly; its value at the larger of the two scales. */
    record Min(Expr left, Expr right) implements Expr {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public int scale() { return Math.max(left.scale(), right.scale()); }
        @Override public String toString() { return "min(" + left + ", " + right + ")"; }
    }

    /** The larger operand, compared exactly; its value at the larger of the two scales. */
    record Max(Expr left, Expr right) implements Expr {
        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public int scale() { return Math.max(left.scale(), right.scale()); }
        @Override public String toString() { return "max(" + left + ", " + right + ")"; }
    }

    /**
     * {@code left / right} rounded once to {@code scale} places with {@code rounding} (exact quotient, then one
     * rounding). A zero divisor raises an {@link ArithmeticException} naming the node, asset and bar in every mode,
     * {@code float} included (guard with {@link #max(Expr)} against a small positive constant).
     */
    record Div(Expr left, Expr right, int scale, RoundingMode rounding) implements Expr {
        public Div {
            checkScale(scale, "division");
            checkRounding(rounding);
        }

        @Override public int warmup() { return Math.max(left.warmup(), right.warmup()); }
        @Override public String toString() {
            return "(" + left + " / " + right + ", scale " + scale + " " + rounding + ")";
        }
    }

    /**
     * The square root rounded to the nearest value at {@code scale} places (an exact tie cannot occur). Needs
     * {@code scale(input) <= 2 * scale}, so that {@code input * 10^(2*scale)} is an integer. A negative input raises an
     * {@link ArithmeticException} naming the node, asset and bar in every mode. In {@code float} modes {@code Math.sqrt}.
     */
    record Sqrt(Expr input, int scale) implements Expr {
        public Sqrt {
            checkScale(scale, "sqrt");
            if (input.scale() > 2 * scale) {
                throw new IllegalArgumentException("sqrt of " + input + " (scale " + input.scale() + ") needs a result"
                        + " scale of at least " + (input.scale() + 1) / 2 + ", was " + scale);
            }
        }

        @Override public int warmup() { return input.warmup(); }
        @Override public String toString() { return "sqrt(" + input + ", scale " + scale + ")"; }
    }

    /** The input rounded to {@code scale} places with {@code rounding} (exact when {@code scale >= scale(input)}). */
    record Round(Expr input, int scale, RoundingMode rounding) implements Expr {
        public Round {
            checkScale(scale, "round");
            checkRounding(rounding);
        }

        @Override public int warmup() { return input.warmup(); }
        @Override public String toString() { return "round(" + input + ", " + scale + " " + rounding + ")"; }
    }

    // ---- validation ---------------------------------------------------------------------------------------------

    private static void checkWindow(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
    }

    private static void checkScale(int scale, String what) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale of " + what + " must be 0.." + MAX_SCALE + ", was " + scale);
        }
    }

    private static void checkRounding(RoundingMode rounding) {
        if (rounding == null || !ROUNDING_MODES.contains(rounding)) {
            throw new IllegalArgumentException("rounding must be one of HALF_EVEN, HALF_UP, DOWN, FLOOR, CEILING, was "
                    + rounding);
        }
    }

    // ---- fluent construction ------------------------------------------------------------------------------------

    static Expr open() { return new Field(Column.OPEN); }
    static Expr high() { return new Field(Column.HIGH); }
    static Expr low() { return new Field(Column.LOW); }
    static Expr close() { return new Field(Column.CLOSE); }
    static Expr volume() { return new Field(Column.VOLUME); }
    static Expr constant(long value) { return new Constant(value, 0); }

    /** An exact decimal constant, e.g. {@code constant("0.0001")}. */
    static Expr constant(String decimal) {
        BigDecimal d = new BigDecimal(decimal);
        BigDecimal v = d.scale() < 0 ? d.setScale(0) : d;
        return new Constant(v.unscaledValue().longValueExact(), v.scale());
    }

    default Expr rollingSum(int window) { return new RollingSum(this, window); }
    default Expr rollingMax(int window) { return new RollingMax(this, window); }
    default Expr rollingMin(int window) { return new RollingMin(this, window); }
    default Expr shift(int bars) { return new Shift(this, bars); }
    default Expr times(long factor) { return new Scale(this, factor); }
    default Expr times(Expr other) { return new Mul(this, other); }
    default Expr plus(Expr other) { return new Add(this, other); }
    default Expr minus(Expr other) { return new Sub(this, other); }
    default Expr negate() { return new Scale(this, -1); }
    default Expr squared() { return new Mul(this, this); }
    default Expr abs() { return new Abs(this); }
    default Expr min(Expr other) { return new Min(this, other); }
    default Expr max(Expr other) { return new Max(this, other); }
    default Expr dividedBy(Expr other, int scale, RoundingMode rounding) { return new Div(this, other, scale, rounding); }
    default Expr sqrt(int scale) { return new Sqrt(this, scale); }
    default Expr round(int scale, RoundingMode rounding) { return new Round(this, scale, rounding); }
    /** EMA over {@code n} bars: alpha = 2 / (n + 1), rounded HALF_EVEN to {@code scale} places at every bar. */
    default Expr ema(int n, int scale) { return new Ema(this, n, 2, n + 1L, scale); }
    /** Wilder's smoothing over {@code n} bars: alpha = 1 / n, rounded HALF_EVEN to {@code scale} places at every bar. */
    default Expr wilder(int n, int scale) { return new Ema(this, n, 1, n, scale); }
    default Cond greaterThan(Expr other) { return new Cond.Greater(this, other); }
    default Cond lessThan(Expr other) { return new Cond.Less(this, other); }
    default Cond atLeast(Expr other) { return new Cond.GreaterOrEqual(this, other); }
    default Cond atMost(Expr other) { return new Cond.LessOrEqual(this, other); }
}
