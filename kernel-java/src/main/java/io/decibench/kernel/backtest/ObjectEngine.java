package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;
import io.decibench.kernel.spi.ScalarArithmetic;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * The block engine on rows of objects, every operation a call of a {@link ScalarArithmetic}: mode {@code decimal}
 * ({@link BigDecimalArithmetic}) and every user arithmetic. Same slot order, blocks, fused simulator and rounding
 * points as the primitive engines; the ledger and the metrics are written with the same operations.
 */
final class ObjectEngine<V> extends BlockEngine {
    private final ScalarArithmetic<V> ar;
    private final Object[][] rows;
    private final LongBuffer[] fields;
    private final long[] fieldScratch = new long[BLOCK];
    private final Object[] runningSum;
    private final Object[] ema;
    private final Object[] emaDenominator;
    /** Per slot, the integer constants of SCALE (its factor) and EMA (its two weights) as values, made once. */
    private final Object[] factor;
    private final Object[] emaKeep;
    private final int[][] window;
    private final int[] windowHead;
    private final int[] windowSize;
    private final V zero;

    private final V capital;
    private final V buyFactor;
    private final V sellFactor;
    private final V commissionPerShare;
    private final int periodsPerYear;
    private final Object[] sessionFlows;
    private V cash;
    private V commissions;

    ObjectEngine(Bundle bundle, Scenario scenario, ExecutionRules rules, ScalarArithmetic<V> arithmetic) {
        super(bundle, scenario, rules, arithmetic.mode());
        this.ar = arithmetic;
        int n = p.values;
        rows = new Object[n][];
        fields = new LongBuffer[n];
        runningSum = new Object[n];
        ema = new Object[n];
        emaDenominator = new Object[n];
        factor = new Object[n];
        emaKeep = new Object[n];
        window = new int[n][];
        windowHead = new int[n];
        windowSize = new int[n];
        zero = ar.valueOf(0, 0);
        for (int slot = 0; slot < n; slot++) {
            int op = p.op[slot];
            if (op == CompiledPlan.FIELD) {
                fields[slot] = bundle.longs(p.column[slot]);
            } else if (op == CompiledPlan.CONST) {
                rows[slot] = new Object[p.whole[slot] ? bars : BLOCK];
                Arrays.fill(rows[slot], ar.valueOf(p.param[slot], p.scale[slot]));
            } else if (op == CompiledPlan.ROLLING_MAX || op == CompiledPlan.ROLLING_MIN) {
                window[slot] = new int[(int) p.param[slot]];
            } else if (op == CompiledPlan.SCALE) {
                factor[slot] = ar.valueOf(p.param[slot], 0);
            } else if (op == CompiledPlan.EMA) {
                factor[slot] = ar.valueOf(p.param[slot], 0);
                emaKeep[slot] = ar.valueOf(p.param2[slot] - p.param[slot], 0);
                emaDenominator[slot] = ar.valueOf(p.param2[slot], 0);
            }
        }
        this.capital = ar.valueOf(rules.capital().setScale(ExecutionRules.MONEY_SCALE).unscaledValue()
                .longValueExact(), ExecutionRules.MONEY_SCALE);
        this.buyFactor = ar.valueOf(10_000L + rules.slippageBps(), 4);
        this.sellFactor = ar.valueOf(10_000L - rules.slippageBps(), 4);
        BigDecimal cps = rules.commissionPerShare();
        this.commissionPerShare = ar.valueOf(cps.unscaledValue().longValueExact(), cps.scale());
        this.periodsPerYear = rules.periodsPerYear();
        this.sessionFlows = new Object[sessions];
    }

    @SuppressWarnings("unchecked")
    private static <V> V v(Object o) {
        return (V) o;
    }

    @Override
    void reset() {
        // Rows written per bar are allocated per run, so they are young like the values stored into them: with G1 a
        // reference stored into an old array takes the write barrier's slow path (a fence and a card per store),
        // which a fused loop's per-run arrays never pay. Constants, written once, keep their rows.
        for (int slot = 0; slot < p.values; slot++) {
            if (p.op[slot] != CompiledPlan.CONST) {
                rows[slot] = new Object[p.whole[slot] ? bars : BLOCK];
            }
        }
        V moneyZero = ar.valueOf(0, ExecutionRules.MONEY_SCALE);
        Arrays.fill(sessionFlows, moneyZero);
        commissions = moneyZero;
    }

    @Override
    void startAsset(int asset) {
        cash = ar.valueOf(0, ExecutionRules.MONEY_SCALE);
        Arrays.fill(windowSize, 0);
        Arrays.fill(windowHead, 0);
    }

    @Override
    void evaluateValues(int base, int lo, int hi) {
        for (int slot = 0; slot < p.values; slot++) {
            int op = p.op[slot];
            Object[] out = rows[slot];
            int ob = p.whole[slot] ? 0 : lo;
            if (op == CompiledPlan.FIELD) {
                int len = hi - lo;
                int scale = p.scale[slot];
                fields[slot].get(base + lo, fieldScratch, 0, len);
                for (int i = 0; i < len; i++) {
                    out[lo - ob + i] = ar.valueOf(fieldScratch[i], scale);
                }
                continue;
            }
            int start = Math.max(p.from[slot], lo);
            if (op == CompiledPlan.CONST || start >= hi) {
                continue;
            }
            int xs = p.a[slot];
            Object[] x = xs < 0 ? null : rows[xs];
            int xb = xs < 0 || p.whole[xs] ? 0 : lo;
            int ys = p.b[slot];
            Object[] y = ys < 0 ? null : rows[ys];
            int yb = ys < 0 || p.whole[ys] ? 0 : lo;
            int s = p.scale[slot];
            switch (op) {
                case CompiledPlan.ROLLING_SUM -> rollingSum(slot, x, out, ob, start, hi);
                case CompiledPlan.ROLLING_MAX, CompiledPlan.ROLLING_MIN -> rollingExtreme(slot, op, x, out, ob, start,
                        hi);
                case CompiledPlan.SHIFT -> {
                    int k = (int) p.param[slot];
                    System.arraycopy(x, start - k, out, start - ob, hi - start);
                }
                case CompiledPlan.SCALE -> {
                    V f = v(factor[slot]);
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = ar.multiply(v(x[t - xb]), f);
                    }
                }
                case CompiledPlan.ADD -> {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = ar.add(v(x[t - xb]), v(y[t - yb]));
                    }
                }
                case CompiledPlan.SUB -> {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = ar.subtract(v(x[t - xb]), v(y[t - yb]));
                    }
                }
                case CompiledPlan.MUL -> {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = ar.multiply(v(x[t - xb]), v(y[t - yb]));
                    }
                }
                case CompiledPlan.ABS -> {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = ar.abs(v(x[t - xb]));
                    }
                }
                case CompiledPlan.MIN -> {
                    for (int t = start; t < hi; t++) {
                        V l = v(x[t - xb]);
                        V r = v(y[t - yb]);
                        out[t - ob] = ar.compare(l, r) < 0 ? l : r;
                    }
                }
                case CompiledPlan.MAX -> {
                    for (int t = start; t < hi; t++) {
                        V l = v(x[t - xb]);
                        V r = v(y[t - yb]);
                        out[t - ob] = ar.compare(l, r) > 0 ? l : r;
                    }
                }
                case CompiledPlan.DIV -> {
                    RoundingMode m = p.rounding[slot];
                    for (int t = start; t < hi; t++) {
                        V d = v(y[t - yb]);
                        if (ar.signum(d) == 0) {
                            throw divisionByZero(slot, t);
                        }
                        out[t - ob] = ar.divide(v(x[t - xb]), d, s, m);
                    }
                }
                case CompiledPlan.SQRT -> {
                    for (int t = start; t < hi; t++) {
                        V a = v(x[t - xb]);
                        if (ar.signum(a) < 0) {
                            throw negativeSqrt(slot, t, ar.toBigDecimal(a).toPlainString());
                        }
                        out[t - ob] = ar.sqrt(a, s);
                    }
                }
                case CompiledPlan.ROUND -> {
                    RoundingMode m = p.rounding[slot];
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = ar.round(v(x[t - xb]), s, m);
                    }
                }
                case CompiledPlan.EMA -> {
                    V weight = v(factor[slot]);
                    V keep = v(emaKeep[slot]);
                    V den = v(emaDenominator[slot]);
                    V e = v(ema[slot]);
                    for (int t = start; t < hi; t++) {
                        V a = v(x[t - xb]);
                        e = t == p.from[slot] ? ar.round(a, s, RoundingMode.HALF_EVEN)
                                : ar.divide(ar.add(ar.multiply(e, keep), ar.multiply(a, weight)), den, s,
                                RoundingMode.HALF_EVEN);
                        out[t - ob] = e;
                    }
                    ema[slot] = e;
                }
                default -> throw new IllegalStateException("op " + op);
            }
        }
    }

    /** First defined bar f: s = 0 + x[f-w+1] + ... + x[f]; then s = s + (x[t] - x[t-w]). The input is whole. */
    private void rollingSum(int slot, Object[] x, Object[] out, int ob, int start, int hi) {
        int w = (int) p.param[slot];
        V s = v(runningSum[slot]);
        int t = start;
        if (t == p.warmup[slot]) {
            s = zero;
            for (int b = t - w + 1; b <= t; b++) {
                s = ar.add(s, v(x[b]));
            }
            out[t - ob] = s;
            t++;
        }
        for (; t < hi; t++) {
            s = ar.add(s, ar.subtract(v(x[t]), v(x[t - w])));
            out[t - ob] = s;
        }
        runningSum[slot] = s;
    }

    private void rollingExtreme(int slot, int op, Object[] x, Object[] out, int ob, int start, int hi) {
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
            V value = v(x[t]);
            while (size > 0) {
                int back = head + size - 1;
                int c = ar.compare(v(x[q[back >= w ? back - w : back]]), value);
                if (max ? c > 0 : c < 0) {
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

    @Override
    void compare(int op, int xs, int ys, int lo, int start, int hi, boolean[] out) {
        Object[] x = rows[xs];
        Object[] y = rows[ys];
        int xb = p.whole[xs] ? 0 : lo;
        int yb = p.whole[ys] ? 0 : lo;
        for (int t = start; t < hi; t++) {
            int c = ar.compare(v(x[t - xb]), v(y[t - yb]));
            out[t - lo] = switch (op) {
                case CompiledPlan.GREATER -> c > 0;
                case CompiledPlan.LESS -> c < 0;
                case CompiledPlan.GREATER_OR_EQUAL -> c >= 0;
                default -> c <= 0;
            };
        }
    }

    @Override
    void fill(int i, long qty) {
        V openPrice = ar.valueOf(open[i], Bundle.PRICE_SCALE);
        V price = ar.round(ar.multiply(openPrice, qty > 0 ? buyFactor : sellFactor), ExecutionRules.MONEY_SCALE,
                RoundingMode.HALF_EVEN);
        V commission = ar.multiply(commissionPerShare, Math.abs(qty));
        cash = ar.subtract(cash, ar.add(ar.multiply(price, qty), commission));
        commissions = ar.add(commissions, commission);
    }

    @Override
    void markSession(int session, int i, long position) {
        V closePrice = ar.valueOf(close[i], Bundle.PRICE_SCALE);
        sessionFlows[session] = ar.add(v(sessionFlows[session]), ar.add(cash, ar.multiply(closePrice, position)));
    }

    @Override
    long valueShares(long amount, int i, int bar) {
        long c = close[i];
        if (c <= 0) {
            throw nonPositiveClose(bar, BigDecimal.valueOf(c, Bundle.PRICE_SCALE).toPlainString());
        }
        V shares = ar.divide(ar.valueOf(amount, ExecutionRules.MONEY_SCALE), ar.valueOf(c, Bundle.PRICE_SCALE), 0,
                RoundingMode.DOWN);
        return ar.longValue(shares);
    }

    @Override
    BacktestResult finish(long trades, long sharesFilled) {
        @SuppressWarnings("unchecked")
        V[] values = (V[]) new Object[sessions];
        for (int s = 0; s < sessions; s++) {
            values[s] = ar.add(capital, v(sessionFlows[s]));
        }
        V finalValue = sessions == 0 ? capital : values[sessions - 1];
        Metrics m = ArithmeticMetrics.of(ar, values, capital, periodsPerYear, bundle::sessionDate);
        ScalarArithmetic<V> arithmetic = ar;
        SessionValues sessionValues = new SessionValues() {
            @Override public int size() { return values.length; }
            @Override public BigDecimal get(int s) { return money(arithmetic.toBigDecimal(values[s])); }
        };
        return new BacktestResult(scenario, mode, money(ar.toBigDecimal(finalValue)), trades, sharesFilled,
                money(ar.toBigDecimal(commissions)), m.totalReturn(), m.maxDrawdown(), m.annualVolatility(),
                m.sharpe(), m.sortino(), sessionValues);
    }

    /** Money as reported: at scale 4 whatever scale the arithmetic's value carries. */
    private static BigDecimal money(BigDecimal v) {
        return v.setScale(ExecutionRules.MONEY_SCALE, RoundingMode.HALF_EVEN);
    }
}
