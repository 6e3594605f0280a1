package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;

import java.math.BigDecimal;
import java.nio.LongBuffer;
import java.util.EnumMap;
import java.util.Map;

/**
 * Column operations in {@link BigDecimal} (mode {@code decimal}), written as a careful Java developer would: prices
 * via {@code BigDecimal.valueOf(unscaled, 4)}, exact {@code add}/{@code subtract}/{@code multiply}, decisions by
 * {@code compareTo}. Every value is exact, so decisions never depend on rounding.
 */
final class DecimalColumns implements ColumnArithmetic<BigDecimal[]> {
    private final Map<Column, LongBuffer> columns = new EnumMap<>(Column.class);
    private final int bars;

    DecimalColumns(Bundle bundle) {
        for (Column c : Column.values()) {
            columns.put(c, bundle.longs(c));
        }
        this.bars = bundle.barsPerAsset();
    }

    @Override
    public BigDecimal[] allocate(int bars) {
        return new BigDecimal[bars];
    }

    @Override
    public void field(Column column, int asset, BigDecimal[] out) {
        LongBuffer in = columns.get(column);
        int base = asset * bars;
        int scale = column.isPrice() ? Bundle.PRICE_SCALE : 0;
        for (int b = 0; b < bars; b++) {
            out[b] = BigDecimal.valueOf(in.get(base + b), scale);
        }
    }

    @Override
    public void constant(long unscaled, int scale, int from, BigDecimal[] out) {
        BigDecimal v = BigDecimal.valueOf(unscaled, scale);
        for (int b = from; b < bars; b++) {
            out[b] = v;
        }
    }

    @Override
    public void rollingSum(BigDecimal[] in, int window, int from, BigDecimal[] out) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int b = from - window + 1; b <= from; b++) {
            sum = sum.add(in[b]);
        }
        out[from] = sum;
        for (int b = from + 1; b < bars; b++) {
            sum = sum.add(in[b]).subtract(in[b - window]);
            out[b] = sum;
        }
    }

    @Override
    public void shift(BigDecimal[] in, int shift, int from, BigDecimal[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = in[b - shift];
        }
    }

    @Override
    public void scale(BigDecimal[] in, long factor, int from, BigDecimal[] out) {
        BigDecimal f = BigDecimal.valueOf(factor);
        for (int b = from; b < bars; b++) {
            out[b] = in[b].multiply(f);
        }
    }

    @Override
    public void add(BigDecimal[] left, BigDecimal[] right, int from, BigDecimal[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b].add(right[b]);
        }
    }

    @Override
    public void subtract(BigDecimal[] left, BigDecimal[] right, int from, BigDecimal[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b].subtract(right[b]);
        }
    }

    @Override
    public void multiply(BigDecimal[] left, BigDecimal[] right, int from, BigDecimal[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b].multiply(right[b]);
        }
    }

    @Override
    public void greater(BigDecimal[] left, BigDecimal[] right, int from, boolean[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b].compareTo(right[b]) > 0;
        }
    }

    @Override
    public void less(BigDecimal[] left, BigDecimal[] right, int from, boolean[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b].compareTo(right[b]) < 0;
        }
    }
}
