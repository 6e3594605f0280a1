package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * Mode {@code float}: the block engine on primitive {@code double} rows, in the operation order the site's
 * "Semantics" page writes down (no FMA, no reassociation), so {@code float-native} can agree with it bit for bit. Per
 * bar it touches only primitives; the session values array is the one allocation that belongs to the result.
 */
final class DoubleEngine extends BlockEngine {
    private static final double PRICE_UNIT = 10_000.0;

    private final double[][] rows;
    private final LongBuffer[] fields;
    private final long[] fieldScratch = new long[BLOCK];
    private final double[] runningSum;
    private final double[] ema;
    private final int[][] window;
    private final int[] windowHead;
    private final int[] windowSize;
    private final double[] factor;
    private final double[] roundUnit;

    private final double capital;
    private final double buyFactor;
    private final double sellFactor;
    private final double commissionPerShare;
    private final int periodsPerYear;
    private final double enterAmount;
    private final double exitAmount;
    private final double[] sessionFlows;
    private double cash;
    private double commissions;

    DoubleEngine(Bundle bundle, Scenario scenario, ExecutionRules rules, String mode) {
        super(bundle, scenario, rules, mode);
        int n = p.values;
        rows = new double[n][];
        fields = new LongBuffer[n];
        runningSum = new double[n];
        ema = new double[n];
        window = new int[n][];
        windowHead = new int[n];
        windowSize = new int[n];
        factor = new double[n];
        roundUnit = new double[n];
        for (int slot = 0; slot < n; slot++) {
            rows[slot] = new double[p.whole[slot] ? bars : BLOCK];
            int op = p.op[slot];
            if (op == CompiledPlan.FIELD) {
                fields[slot] = bundle.longs(p.column[slot]);
            } else if (op == CompiledPlan.CONST) {
                // computed in Java from the exact decimal, the value float-native is given too
                Arrays.fill(rows[slot], BigDecimal.valueOf(p.param[slot], p.scale[slot]).doubleValue());
            } else if (op == CompiledPlan.ROLLING_MAX || op == CompiledPlan.ROLLING_MIN) {
                window[slot] = new int[(int) p.param[slot]];
            } else if (op == CompiledPlan.SCALE) {
                factor[slot] = (double) p.param[slot];
            } else if (op == CompiledPlan.ROUND) {
                roundUnit[slot] = Double.parseDouble("1e" + p.scale[slot]); // 10^s as a double literal
            }
        }
        this.capital = rules.capital().doubleValue();
        this.buyFactor = 1 + rules.slippageBps() / PRICE_UNIT;
        this.sellFactor = 1 - rules.slippageBps() / PRICE_UNIT;
        this.commissionPerShare = rules.commissionPerShare().doubleValue();
        this.periodsPerYear = rules.periodsPerYear();
        this.enterAmount = BigDecimal.valueOf(p.enterAmount, ExecutionRules.MONEY_SCALE).doubleValue();
        this.exitAmount = BigDecimal.valueOf(p.exitAmount, ExecutionRules.MONEY_SCALE).doubleValue();
        this.sessionFlows = new double[sessions];
    }

    @Override
    void reset() {
        Arrays.fill(sessionFlows, 0);
        commissions = 0;
    }

    @Override
    void startAsset(int asset) {
        cash = 0;
        Arrays.fill(windowSize, 0);
        Arrays.fill(windowHead, 0);
    }

    @Override
    void evaluateValues(int base, int lo, int hi) {
        for (int slot = 0; slot < p.values; slot++) {
            int op = p.op[slot];
            double[] out = rows[slot];
            int ob = p.whole[slot] ? 0 : lo;
            if (op == CompiledPlan.FIELD) {
                int len = hi - lo;
                fields[slot].get(base + lo, fieldScratch, 0, len);
                if (p.scale[slot] == Bundle.PRICE_SCALE) {
                    for (int i = 0; i < len; i++) {
                        out[lo - ob + i] = fieldScratch[i] / PRICE_UNIT;
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        out[lo - ob + i] = fieldScratch[i];
                    }
                }
                continue;
            }
            int start = Math.max(p.from[slot], lo);
            if (op == CompiledPlan.CONST || start >= hi) {
                continue; // constants were written once; a node not yet defined in this block has nothing to do
            }
            int xs = p.a[slot];
            double[] x = xs < 0 ? null : rows[xs];
            int xb = xs < 0 || p.whole[xs] ? 0 : lo;
            int ys = p.b[slot];
            double[] y = ys < 0 ? null : rows[ys];
            int yb = ys < 0 || p.whole[ys] ? 0 : lo;
            switch (op) {
                case CompiledPlan.ROLLING_SUM -> rollingSum(slot, x, out, ob, start, hi);
                case CompiledPlan.ROLLING_MAX, CompiledPlan.ROLLING_MIN -> rollingExtreme(slot, op, x, out, ob, start,
                        hi);
                case CompiledPlan.SHIFT -> {
                    int k = (int) p.param[slot];
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = x[t - k];
                    }
                }
                case CompiledPlan.SCALE -> {
                    double f = factor[slot];
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = x[t - xb] * f;
                    }
                }
                case CompiledPlan.ADD -> {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = x[t - xb] + y[t - yb];
                    }
                }
                case CompiledPlan.SUB -> {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = x[t - xb] - y[t - yb];
                    }
                }
                case CompiledPlan.MUL -> {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = x[t - xb] * y[t - yb];
                    }
                }
                case CompiledPlan.ABS -> {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = Math.abs(x[t - xb]);
                    }
                }
                case CompiledPlan.MIN -> {
                    for (int t = start; t < hi; t++) {
                        double l = x[t - xb];
                        double r = y[t - yb];
                        out[t - ob] = l < r ? l : r;
                    }
                }
                case CompiledPlan.MAX -> {
                    for (int t = start; t < hi; t++) {
                        double l = x[t - xb];
                        double r = y[t - yb];
                        out[t - ob] = l > r ? l : r;
                    }
                }
                case CompiledPlan.DIV -> {
                    for (int t = start; t < hi; t++) {
                        double d = y[t - yb];
                        if (d == 0) {
                            throw divisionByZero(slot, t);
                        }
                        out[t - ob] = x[t - xb] / d;
                    }
                }
                case CompiledPlan.SQRT -> {
                    for (int t = start; t < hi; t++) {
                        double v = x[t - xb];
                        if (v < 0) {
                            throw negativeSqrt(slot, t, v);
                        }
                        out[t - ob] = Math.sqrt(v);
                    }
                }
                case CompiledPlan.ROUND -> round(slot, x, xb, out, ob, start, hi);
                case CompiledPlan.EMA -> {
                    double keep = (double) (p.param2[slot] - p.param[slot]);
                    double weight = (double) p.param[slot];
                    double den = (double) p.param2[slot];
                    double e = ema[slot];
                    for (int t = start; t < hi; t++) {
                        double v = x[t - xb];
                        e = t == p.from[slot] ? v : (e * keep + v * weight) / den;
                        out[t - ob] = e;
                    }
                    ema[slot] = e;
                }
                default -> throw new IllegalStateException("op " + op);
            }
        }
    }

    /** First defined bar f: s = x[f-w+1] + ... + x[f] from 0.0; then s = s + (x[t] - x[t-w]). The input is whole. */
    private void rollingSum(int slot, double[] x, double[] out, int ob, int start, int hi) {
        int w = (int) p.param[slot];
        double s = runningSum[slot];
        int t = start;
        if (t == p.warmup[slot]) {
            s = 0.0;
            for (int b = t - w + 1; b <= t; b++) {
                s = s + x[b];
            }
            out[t - ob] = s;
            t++;
        }
        for (; t < hi; t++) {
            s = s + (x[t] - x[t - w]);
            out[t - ob] = s;
        }
        runningSum[slot] = s;
    }

    /** Largest (or smallest) of the window by a monotonic queue of bar indices over the whole input column. */
    private void rollingExtreme(int slot, int op, double[] x, double[] out, int ob, int start, int hi) {
        int w = (int) p.param[slot];
        int[] q = window[slot];
        int head = windowHead[slot];
        int size = windowSize[slot];
        boolean max = op == CompiledPlan.ROLLING_MAX;
        int defined = p.warmup[slot];
        for (int t = start; t < hi; t++) {
            if (size > 0 && q[head] <= t - w) {
                head = head + 1 == w ? 0 : head + 1;
                size--;
            }
            double v = x[t];
            while (size > 0) {
                int back = head + size - 1;
                double last = x[q[back >= w ? back - w : back]];
                if (max ? last > v : last < v) {
                    break;
                }
                size--;
            }
            int at = head + size;
            q[at >= w ? at - w : at] = t;
            size++;
            if (t >= defined) {
                out[t - ob] = x[q[head]];
            }
        }
        windowHead[slot] = head;
        windowSize[slot] = size;
    }

    private void round(int slot, double[] x, int xb, double[] out, int ob, int start, int hi) {
        double u = roundUnit[slot];
        switch (p.rounding[slot]) {
            case HALF_EVEN -> {
                for (int t = start; t < hi; t++) {
                    out[t - ob] = Math.rint(x[t - xb] * u) / u;
                }
            }
            case FLOOR -> {
                for (int t = start; t < hi; t++) {
                    out[t - ob] = Math.floor(x[t - xb] * u) / u;
                }
            }
            case CEILING -> {
                for (int t = start; t < hi; t++) {
                    out[t - ob] = Math.ceil(x[t - xb] * u) / u;
                }
            }
            case DOWN -> {
                for (int t = start; t < hi; t++) {
                    double v = x[t - xb] * u;
                    out[t - ob] = (v < 0 ? Math.ceil(v) : Math.floor(v)) / u;
                }
            }
            case HALF_UP -> {
                for (int t = start; t < hi; t++) {
                    double v = x[t - xb] * u;
                    out[t - ob] = (v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5)) / u;
                }
            }
            default -> throw new IllegalStateException("rounding " + p.rounding[slot]);
        }
    }

    @Override
    void compare(int op, int xs, int ys, int lo, int start, int hi, boolean[] out) {
        double[] x = rows[xs];
        double[] y = rows[ys];
        int xb = p.whole[xs] ? 0 : lo;
        int yb = p.whole[ys] ? 0 : lo;
        switch (op) {
            case CompiledPlan.GREATER -> {
                for (int t = start; t < hi; t++) {
                    out[t - lo] = x[t - xb] > y[t - yb];
                }
            }
            case CompiledPlan.LESS -> {
                for (int t = start; t < hi; t++) {
                    out[t - lo] = x[t - xb] < y[t - yb];
                }
            }
            case CompiledPlan.GREATER_OR_EQUAL -> {
                for (int t = start; t < hi; t++) {
                    out[t - lo] = x[t - xb] >= y[t - yb];
                }
            }
            default -> {
                for (int t = start; t < hi; t++) {
                    out[t - lo] = x[t - xb] <= y[t - yb];
                }
            }
        }
    }

    @Override
    void fill(int i, long qty) {
        double price = Math.rint((open[i] / PRICE_UNIT) * (qty > 0 ? buyFactor : sellFactor) * PRICE_UNIT)
                / PRICE_UNIT;
        double commission = Math.abs(qty) * commissionPerShare;
        cash -= qty * price + commission;
        commissions += commission;
    }

    @Override
    void markSession(int session, int i, long position) {
        sessionFlows[session] += cash + position * (close[i] / PRICE_UNIT);
    }

    @Override
    long valueShares(long amount, int i, int bar) {
        long c = close[i];
        if (c <= 0) {
            throw nonPositiveClose(bar, c / PRICE_UNIT);
        }
        return (long) ((amount == p.enterAmount ? enterAmount : exitAmount) / (c / PRICE_UNIT));
    }

    @Override
    BacktestResult finish(long trades, long sharesFilled) {
        double[] values = new double[sessions];
        for (int s = 0; s < sessions; s++) {
            values[s] = capital + sessionFlows[s];
        }
        double finalValue = sessions == 0 ? capital : values[sessions - 1];
        Metrics m = DoubleMetrics.of(values, capital, periodsPerYear, bundle::sessionDate);
        return new BacktestResult(scenario, mode, new BigDecimal(finalValue), trades, sharesFilled,
                new BigDecimal(commissions), m.totalReturn(), m.maxDrawdown(), m.annualVolatility(), m.sharpe(),
                m.sortino(), SessionValues.ofDoubles(values));
    }
}
