package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Column;

/**
 * The column operations of one arithmetic over one asset's bars. {@link PlanEvaluator} calls each operation once per
 * plan node and asset; the per-bar loops live inside, on the arithmetic's own column type {@code V} (a primitive
 * {@code double[]} for float, a {@code BigDecimal[]} for decimal).
 *
 * <p>Every operation writes {@code out[from..bars)} only: {@code from} is the node's warm-up, the first bar on which its
 * value is defined; the inputs are defined from their own (smaller or equal) warm-ups on.
 */
interface ColumnArithmetic<V> {

    /** A column buffer for one asset's bars. */
    V allocate(int bars);

    /** Bars of one asset's field: prices at scale 4, volume as an integer. */
    void field(Column column, int asset, V out);

    /** The constant {@code unscaled * 10^-scale} on every bar from {@code from} on. */
    void constant(long unscaled, int scale, int from, V out);

    /** Sum over this bar and the {@code window - 1} before, kept by adding the new value and removing the oldest. */
    void rollingSum(V in, int window, int from, V out);

    void shift(V in, int bars, int from, V out);

    void scale(V in, long factor, int from, V out);

    void add(V left, V right, int from, V out);

    void subtract(V left, V right, int from, V out);

    void multiply(V left, V right, int from, V out);

    /** {@code out[b] = left[b] > right[b]} for {@code b >= from}. */
    void greater(V left, V right, int from, boolean[] out);

    /** {@code out[b] = left[b] < right[b]} for {@code b >= from}. */
    void less(V left, V right, int from, boolean[] out);
}
