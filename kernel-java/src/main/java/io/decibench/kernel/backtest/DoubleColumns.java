package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;

import java.nio.LongBuffer;
import java.util.EnumMap;
import java.util.Map;

/**
 * Column operations in {@code double} (mode {@code float}): prices as {@code price / 10^4}, rolling sums kept by adding
 * and subtracting, so they drift the way a straightforward double implementation does. Loops over primitive arrays;
 * nothing is allocated per bar.
 */
final class DoubleColumns implements ColumnArithmetic<double[]> {
    private static final double PRICE_UNIT = 10_000.0;

    private final Map<Column, LongBuffer> columns = new EnumMap<>(Column.class);
    private final int bars;

    DoubleColumns(Bundle bundle) {
        for (Column c : Column.values()) {
            columns.put(c, bundle.longs(c));
        }
        this.bars = bundle.barsPerAsset();
    }

    @Override
    public double[] allocate(int bars) {
        return new double[bars];
    }

    @Override
    public void field(Column column, int asset, double[] out) {
        LongBuffer in = columns.get(column);
        int base = asset * bars;
        if (column.isPrice()) {
            for (int b = 0; b < bars; b++) {
                out[b] = in.get(base + b) / PRICE_UNIT;
            }
        } else {
            for (int b = 0; b < bars; b++) {
                out[b] = in.get(base + b);
            }
        }
    }

    @Override
    public void constant(long unscaled, int scale, int from, double[] out) {
        double value = java.math.BigDecimal.valueOf(unscaled, scale).doubleValue();
        for (int b = from; b < bars; b++) {
            out[b] = value;
        }
    }

    @Override
    public void rollingSum(double[] in, int window, int from, double[] out) {
        double sum = 0;
        for (int b = from - window + 1; b <= from; b++) {
            sum += in[b];
        }
        out[from] = sum;
        for (int b = from + 1; b < bars; b++) {
            sum = sum + in[b] - in[b - window];
            out[b] = sum;
        }
    }

    @Override
    public void shift(double[] in, int shift, int from, double[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = in[b - shift];
        }
    }

    @Override
    public void scale(double[] in, long factor, int from, double[] out) {
        double f = factor;
        for (int b = from; b < bars; b++) {
            out[b] = in[b] * f;
        }
    }

    @Override
    public void add(double[] left, double[] right, int from, double[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b] + right[b];
        }
    }

    @Override
    public void subtract(double[] left, double[] right, int from, double[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b] - right[b];
        }
    }

    @Override
    public void multiply(double[] left, double[] right, int from, double[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b] * right[b];
        }
    }

    @Override
    public void greater(double[] left, double[] right, int from, boolean[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b] > right[b];
        }
    }

    @Override
    public void less(double[] left, double[] right, int from, boolean[] out) {
        for (int b = from; b < bars; b++) {
            out[b] = left[b] < right[b];
        }
    }
}
