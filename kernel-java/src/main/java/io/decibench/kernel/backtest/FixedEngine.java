package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * Mode {@code decimal-fixed}: the block engine on primitive {@code long} rows, each node's values unscaled at the
 * node's static scale (site page "Semantics"), exact, with 128-bit intermediates where a product or an aligned
 * numerator needs them ({@link FixedMath}). A value that does not fit 64 bits raises an {@link ArithmeticException}
 * naming the node, asset, bar and session, never a wrapped number.
 *
 * <p>Overflow checks are skipped only where they cannot fire: per block, every node's magnitude is bounded from the
 * largest field magnitudes seen so far in the asset (interval arithmetic, saturating); a node whose bound fits 64 bits
 * runs its plain {@code long} loop (the same proof as the native core's {@code fits_unchecked}). Division, square root,
 * rounding and EMA are always computed exactly by {@link FixedMath}. Nothing is allocated per bar.
 */
final class FixedEngine extends BlockEngine {
    private static final long UNPROVEN = Long.MAX_VALUE;
    private static final long RATIO_ONE = 1_000_000_000_000L;

    private final long[][] rows;
    private final LongBuffer[] fields;
    /** Per slot: the largest magnitude a value of the node can have in this block (UNPROVEN: none is known). */
    private final long[] bound;
    private final long[] fieldMax;
    private final long[] runningSum;
    private final long[] ema;
    private final int[][] window;
    private final int[] windowHead;
    private final int[] windowSize;

    private final long capital;
    private final long buyFactor;
    private final long sellFactor;
    private final long commissionPerShare;
    private final int periodsPerYear;
    private final long[] sessionFlows;
    private long cash;
    private long commissions;

    FixedEngine(Bundle bundle, Scenario scenario, ExecutionRules rules, String mode) {
        super(bundle, scenario, rules, mode);
        int n = p.values;
        rows = new long[n][];
        fields = new LongBuffer[n];
        bound = new long[n];
        fieldMax = new long[n];
        runningSum = new long[n];
        ema = new long[n];
        window = new int[n][];
        windowHead = new int[n];
        windowSize = new int[n];
        for (int slot = 0; slot < n; slot++) {
            rows[slot] = new long[p.whole[slot] ? bars : BLOCK];
            int op = p.op[slot];
            if (op == CompiledPlan.FIELD) {
                fields[slot] = bundle.longs(p.column[slot]);
            } else if (op == CompiledPlan.CONST) {
                Arrays.fill(rows[slot], p.param[slot]);
            } else if (op == CompiledPlan.ROLLING_MAX || op == CompiledPlan.ROLLING_MIN) {
                window[slot] = new int[(int) p.param[slot]];
            }
        }
        this.capital = money(rules.capital(), "capital");
        this.buyFactor = 10_000L + rules.slippageBps();
        this.sellFactor = 10_000L - rules.slippageBps();
        this.commissionPerShare = money(rules.commissionPerShare(), "commission per share");
        this.periodsPerYear = rules.periodsPerYear();
        this.sessionFlows = new long[sessions];
    }

    private long money(BigDecimal amount, String what) {
        try {
            return amount.setScale(ExecutionRules.MONEY_SCALE).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The " + what + " " + amount.toPlainString() + " does not fit mode "
                    + mode + " (at most 4 decimal places and 64 bits). Fix: round it to 4 places, or run mode decimal.");
        }
    }

    @Override
    void reset() {
        Arrays.fill(sessionFlows, 0);
        commissions = 0;
    }

    @Override
    void startAsset(int asset) {
        cash = 0;
        Arrays.fill(fieldMax, 0);
        Arrays.fill(windowSize, 0);
        Arrays.fill(windowHead, 0);
    }

    private ArithmeticException overflow(int slot, int bar) {
        return new ArithmeticException("decimal overflow in " + p.nodes.get(slot) + " " + where(bar)
                + ": the value at scale " + p.scale[slot] + " does not fit 64 bits. Fix: run this scenario in mode"
                + " decimal (BigDecimal cannot overflow), or keep the node's values smaller (round it to fewer places,"
                + " use smaller factors or positions).");
    }

    private ArithmeticException ledgerOverflow(String step, int bar) {
        return new ArithmeticException("decimal overflow in the ledger's " + step + " " + where(bar) + ": the amount"
                + " does not fit 64 bits at scale 4. Fix: run this scenario in mode decimal (BigDecimal cannot"
                + " overflow), or use smaller positions or capital.");
    }

    // ---- bounds -------------------------------------------------------------------------------------------------

    private static long satMul(long x, long y) {
        if (x == UNPROVEN || y == UNPROVEN) {
            return UNPROVEN;
        }
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        return hi != 0 || lo < 0 || lo == UNPROVEN ? UNPROVEN : lo;
    }

    private static long satAdd(long x, long y) {
        long s = x + y;
        return x == UNPROVEN || y == UNPROVEN || s < 0 ? UNPROVEN : s;
    }

    private long aligned(int input, int scale) {
        int k = scale - p.scale[input];
        return k < FixedMath.POW10.length ? satMul(bound[input], FixedMath.POW10[k]) : bound[input] == 0 ? 0
                : UNPROVEN;
    }

    private static long magnitude(long v) {
        return v == Long.MIN_VALUE ? UNPROVEN : Math.abs(v);
    }

    /** The node's bound for this block, from its inputs' (already computed, slot order). */
    private long boundOf(int slot) {
        int x = p.a[slot];
        int y = p.b[slot];
        int s = p.scale[slot];
        return switch (p.op[slot]) {
            case CompiledPlan.FIELD -> fieldMax[slot];
            case CompiledPlan.CONST -> magnitude(p.param[slot]);
            case CompiledPlan.ROLLING_SUM -> satMul(bound[x], p.param[slot]);
            case CompiledPlan.ROLLING_MAX, CompiledPlan.ROLLING_MIN, CompiledPlan.SHIFT, CompiledPlan.ABS -> bound[x];
            case CompiledPlan.SCALE -> satMul(bound[x], magnitude(p.param[slot]));
            case CompiledPlan.ADD, CompiledPlan.SUB -> satAdd(aligned(x, s), aligned(y, s));
            case CompiledPlan.MUL -> satMul(bound[x], bound[y]);
            case CompiledPlan.MIN, CompiledPlan.MAX -> Math.max(aligned(x, s), aligned(y, s));
            case CompiledPlan.SQRT -> bound[x] == UNPROVEN ? UNPROVEN : sqrtBound(bound[x], p.scale[x], s);
            case CompiledPlan.ROUND, CompiledPlan.EMA -> roundedBound(bound[x], p.scale[x], s);
            default -> UNPROVEN; // a quotient is as large as its divisor is small
        };
    }

    private static long sqrtBound(long b, int sx, int s) {
        try {
            return satAdd(FixedMath.sqrt(b, sx, s), 1);
        } catch (ArithmeticException e) {
            return UNPROVEN;
        }
    }

    /** A bound of a value of magnitude <= b at scale sx, rounded (to nearest or otherwise) to scale s. */
    private static long roundedBound(long b, int sx, int s) {
        if (b == UNPROVEN) {
            return UNPROVEN;
        }
        if (s >= sx) {
            return s - sx < FixedMath.POW10.length ? satMul(b, FixedMath.POW10[s - sx]) : b == 0 ? 0 : UNPROVEN;
        }
        return sx - s < FixedMath.POW10.length ? b / FixedMath.POW10[sx - s] + 1 : 1;
    }

    // ---- value nodes --------------------------------------------------------------------------------------------

    @Override
    void evaluateValues(int base, int lo, int hi) {
        for (int slot = 0; slot < p.values; slot++) {
            int op = p.op[slot];
            long[] out = rows[slot];
            int ob = p.whole[slot] ? 0 : lo;
            if (op == CompiledPlan.FIELD) {
                int len = hi - lo;
                fields[slot].get(base + lo, out, lo - ob, len);
                long max = fieldMax[slot];
                for (int i = lo - ob; i < hi - ob; i++) {
                    long v = out[i];
                    max = Math.max(max, v == Long.MIN_VALUE ? UNPROVEN : Math.abs(v));
                }
                fieldMax[slot] = max;
                bound[slot] = max;
                continue;
            }
            bound[slot] = boundOf(slot);
            int start = Math.max(p.from[slot], lo);
            if (op == CompiledPlan.CONST || start >= hi) {
                continue;
            }
            boolean proven = bound[slot] != UNPROVEN;
            int xs = p.a[slot];
            long[] x = xs < 0 ? null : rows[xs];
            int xb = xs < 0 || p.whole[xs] ? 0 : lo;
            int ys = p.b[slot];
            long[] y = ys < 0 ? null : rows[ys];
            int yb = ys < 0 || p.whole[ys] ? 0 : lo;
            switch (op) {
                case CompiledPlan.ROLLING_SUM -> rollingSum(slot, x, out, ob, start, hi, proven);
                case CompiledPlan.ROLLING_MAX, CompiledPlan.ROLLING_MIN -> rollingExtreme(slot, op, x, out, ob, start,
                        hi);
                case CompiledPlan.SHIFT -> {
                    int k = (int) p.param[slot];
                    System.arraycopy(x, start - k, out, start - ob, hi - start);
                }
                case CompiledPlan.SCALE -> {
                    long f = p.param[slot];
                    if (proven) {
                        for (int t = start; t < hi; t++) {
                            out[t - ob] = x[t - xb] * f;
                        }
                    } else {
                        for (int t = start; t < hi; t++) {
                            try {
                                out[t - ob] = Math.multiplyExact(x[t - xb], f);
                            } catch (ArithmeticException e) {
                                throw overflow(slot, t);
                            }
                        }
                    }
                }
                case CompiledPlan.ADD, CompiledPlan.SUB -> addOrSubtract(slot, op == CompiledPlan.ADD, x, xb, y, yb,
                        out, ob, start, hi, proven);
                case CompiledPlan.MUL -> {
                    if (proven) {
                        for (int t = start; t < hi; t++) {
                            out[t - ob] = x[t - xb] * y[t - yb];
                        }
                    } else {
                        for (int t = start; t < hi; t++) {
                            try {
                                out[t - ob] = Math.multiplyExact(x[t - xb], y[t - yb]);
                            } catch (ArithmeticException e) {
                                throw overflow(slot, t);
                            }
                        }
                    }
                }
                case CompiledPlan.ABS -> {
                    for (int t = start; t < hi; t++) {
                        long v = x[t - xb];
                        if (v == Long.MIN_VALUE) {
                            throw overflow(slot, t);
                        }
                        out[t - ob] = Math.abs(v);
                    }
                }
                case CompiledPlan.MIN, CompiledPlan.MAX -> minOrMax(slot, op == CompiledPlan.MAX, x, xb, y, yb, out,
                        ob, start, hi);
                case CompiledPlan.DIV -> {
                    int sx = p.scale[xs];
                    int sy = p.scale[ys];
                    int s = p.scale[slot];
                    RoundingMode m = p.rounding[slot];
                    for (int t = start; t < hi; t++) {
                        long d = y[t - yb];
                        if (d == 0) {
                            throw divisionByZero(slot, t);
                        }
                        try {
                            out[t - ob] = FixedMath.divide(x[t - xb], sx, d, sy, s, m);
                        } catch (ArithmeticException e) {
                            throw overflow(slot, t);
                        }
                    }
                }
                case CompiledPlan.SQRT -> {
                    int sx = p.scale[xs];
                    int s = p.scale[slot];
                    for (int t = start; t < hi; t++) {
                        long v = x[t - xb];
                        if (v < 0) {
                            throw negativeSqrt(slot, t, BigDecimal.valueOf(v, sx).toPlainString());
                        }
                        try {
                            out[t - ob] = FixedMath.sqrt(v, sx, s);
                        } catch (ArithmeticException e) {
                            throw overflow(slot, t);
                        }
                    }
                }
                case CompiledPlan.ROUND -> {
                    int sx = p.scale[xs];
                    int s = p.scale[slot];
                    RoundingMode m = p.rounding[slot];
                    for (int t = start; t < hi; t++) {
                        try {
                            out[t - ob] = FixedMath.rescale(x[t - xb], sx, s, m);
                        } catch (ArithmeticException e) {
                            throw overflow(slot, t);
                        }
                    }
                }
                case CompiledPlan.EMA -> ema(slot, x, xb, out, ob, start, hi);
                default -> throw new IllegalStateException("op " + op);
            }
        }
    }

    private void rollingSum(int slot, long[] x, long[] out, int ob, int start, int hi, boolean proven) {
        int w = (int) p.param[slot];
        long s = runningSum[slot];
        int t = start;
        if (t == p.warmup[slot]) {
            long sHi = 0;
            long sLo = 0;
            for (int b = t - w + 1; b <= t; b++) {
                long v = x[b];
                long lo = sLo + v;
                sHi += (v >> 63) + (Long.compareUnsigned(lo, sLo) < 0 ? 1 : 0);
                sLo = lo;
            }
            if (sHi != (sLo >> 63)) {
                throw overflow(slot, t);
            }
            s = sLo;
            out[t - ob] = s;
            t++;
        }
        if (proven) {
            // the bound proves every window sum fits, so wrapping long arithmetic gives the exact value
            for (; t < hi; t++) {
                s = s + (x[t] - x[t - w]);
                out[t - ob] = s;
            }
        } else {
            for (; t < hi; t++) {
                long entering = x[t];
                long leaving = x[t - w];
                // s + entering - leaving in 128 bits (s itself fits: it was the previous output)
                long lo = s + entering;
                long hi128 = (s >> 63) + (entering >> 63) + (Long.compareUnsigned(lo, s) < 0 ? 1 : 0);
                long lo2 = lo - leaving;
                hi128 = hi128 - (leaving >> 63) - (Long.compareUnsigned(lo, leaving) < 0 ? 1 : 0);
                if (hi128 != (lo2 >> 63)) {
                    throw overflow(slot, t);
                }
                s = lo2;
                out[t - ob] = s;
            }
        }
        runningSum[slot] = s;
    }

    private void rollingExtreme(int slot, int op, long[] x, long[] out, int ob, int start, int hi) {
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
            long v = x[t];
            while (size > 0) {
                int back = head + size - 1;
                long last = x[q[back >= w ? back - w : back]];
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

    private void addOrSubtract(int slot, boolean add, long[] x, int xb, long[] y, int yb, long[] out, int ob,
                               int start, int hi, boolean proven) {
        int s = p.scale[slot];
        int sx = p.scale[p.a[slot]];
        int sy = p.scale[p.b[slot]];
        if (proven) {
            long fx = FixedMath.POW10[s - sx];
            long fy = FixedMath.POW10[s - sy];
            if (fx == 1 && fy == 1) {
                if (add) {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = x[t - xb] + y[t - yb];
                    }
                } else {
                    for (int t = start; t < hi; t++) {
                        out[t - ob] = x[t - xb] - y[t - yb];
                    }
                }
            } else if (add) {
                for (int t = start; t < hi; t++) {
                    out[t - ob] = x[t - xb] * fx + y[t - yb] * fy;
                }
            } else {
                for (int t = start; t < hi; t++) {
                    out[t - ob] = x[t - xb] * fx - y[t - yb] * fy;
                }
            }
            return;
        }
        for (int t = start; t < hi; t++) {
            try {
                out[t - ob] = add ? FixedMath.add(x[t - xb], sx, y[t - yb], sy, s)
                        : FixedMath.subtract(x[t - xb], sx, y[t - yb], sy, s);
            } catch (ArithmeticException e) {
                throw overflow(slot, t);
            }
        }
    }

    private void minOrMax(int slot, boolean max, long[] x, int xb, long[] y, int yb, long[] out, int ob, int start,
                          int hi) {
        int s = p.scale[slot];
        int sx = p.scale[p.a[slot]];
        int sy = p.scale[p.b[slot]];
        if (sx == sy) {
            for (int t = start; t < hi; t++) {
                long l = x[t - xb];
                long r = y[t - yb];
                out[t - ob] = max ? (l > r ? l : r) : (l < r ? l : r);
            }
            return;
        }
        for (int t = start; t < hi; t++) {
            long l = x[t - xb];
            long r = y[t - yb];
            int c = FixedMath.compare(l, sx, r, sy);
            boolean left = max ? c > 0 : c < 0;
            try {
                out[t - ob] = left ? FixedMath.scaleUp(l, s - sx) : FixedMath.scaleUp(r, s - sy);
            } catch (ArithmeticException e) {
                throw overflow(slot, t);
            }
        }
    }

    /**
     * At the input's first defined bar {@code e = round_HE(x, s)}; then {@code e = round_HE((e*(d-a) + x*a) / d, s)}
     * with the numerator exact at the larger of the two scales (128 bits) and one HALF_EVEN rounding.
     */
    private void ema(int slot, long[] x, int xb, long[] out, int ob, int start, int hi) {
        int s = p.scale[slot];
        int sx = p.scale[p.a[slot]];
        long weight = p.param[slot];
        long keep = p.param2[slot] - weight;
        int m = Math.max(s, sx);
        long fe = m - s < FixedMath.POW10.length ? FixedMath.POW10[m - s] : 0;
        long fx = m - sx < FixedMath.POW10.length ? FixedMath.POW10[m - sx] : 0;
        long e = ema[slot];
        for (int t = start; t < hi; t++) {
            long v = x[t - xb];
            try {
                if (t == p.from[slot]) {
                    e = FixedMath.rescale(v, sx, s, RoundingMode.HALF_EVEN);
                } else {
                    if (fe == 0 || fx == 0) {
                        throw FixedMath.overflow();
                    }
                    long den = Math.multiplyExact(p.param2[slot], fe);
                    long ek = Math.multiplyExact(keep, fe);
                    long vk = Math.multiplyExact(weight, fx);
                    long aHi = Math.multiplyHigh(e, ek);
                    long aLo = e * ek;
                    long bHi = Math.multiplyHigh(v, vk);
                    long bLo = v * vk;
                    long lo = aLo + bLo;
                    long hi128 = aHi + bHi + (Long.compareUnsigned(lo, aLo) < 0 ? 1 : 0);
                    if (((aHi ^ hi128) & (bHi ^ hi128)) < 0) {
                        throw FixedMath.overflow(); // the numerator leaves 128 bits
                    }
                    e = FixedMath.divide(hi128, lo, den, RoundingMode.HALF_EVEN);
                }
            } catch (ArithmeticException overflow) {
                throw overflow(slot, t);
            }
            out[t - ob] = e;
        }
        ema[slot] = e;
    }

    // ---- conditions ---------------------------------------------------------------------------------------------

    @Override
    void compare(int op, int xs, int ys, int lo, int start, int hi, boolean[] out) {
        long[] x = rows[xs];
        long[] y = rows[ys];
        int xb = p.whole[xs] ? 0 : lo;
        int yb = p.whole[ys] ? 0 : lo;
        int sx = p.scale[xs];
        int sy = p.scale[ys];
        long fx = 1;
        long fy = 1;
        if (sx != sy) {
            // align the operand at the smaller scale; in 64 bits when its bound proves the aligned values fit
            int small = sx < sy ? xs : ys;
            int k = Math.abs(sx - sy);
            long up = k < FixedMath.POW10.length ? FixedMath.POW10[k] : 0;
            if (up == 0 || satMul(bound[small], up) == UNPROVEN) {
                for (int t = start; t < hi; t++) {
                    int c = FixedMath.compare(x[t - xb], sx, y[t - yb], sy);
                    out[t - lo] = holds(op, c);
                }
                return;
            }
            if (sx < sy) {
                fx = up;
            } else {
                fy = up;
            }
        }
        switch (op) {
            case CompiledPlan.GREATER -> {
                for (int t = start; t < hi; t++) {
                    out[t - lo] = x[t - xb] * fx > y[t - yb] * fy;
                }
            }
            case CompiledPlan.LESS -> {
                for (int t = start; t < hi; t++) {
                    out[t - lo] = x[t - xb] * fx < y[t - yb] * fy;
                }
            }
            case CompiledPlan.GREATER_OR_EQUAL -> {
                for (int t = start; t < hi; t++) {
                    out[t - lo] = x[t - xb] * fx >= y[t - yb] * fy;
                }
            }
            default -> {
                for (int t = start; t < hi; t++) {
                    out[t - lo] = x[t - xb] * fx <= y[t - yb] * fy;
                }
            }
        }
    }

    private static boolean holds(int op, int c) {
        return switch (op) {
            case CompiledPlan.GREATER -> c > 0;
            case CompiledPlan.LESS -> c < 0;
            case CompiledPlan.GREATER_OR_EQUAL -> c >= 0;
            default -> c <= 0;
        };
    }

    // ---- ledger -------------------------------------------------------------------------------------------------

    @Override
    void fill(int i, long qty) {
        try {
            long price = FixedMath.multiplyDivide(open[i], qty > 0 ? buyFactor : sellFactor, 10_000,
                    RoundingMode.HALF_EVEN);
            long fee = Math.multiplyExact(Math.abs(qty), commissionPerShare);
            cash = Math.subtractExact(cash, Math.addExact(Math.multiplyExact(qty, price), fee));
            commissions = Math.addExact(commissions, fee);
        } catch (ArithmeticException e) {
            throw ledgerOverflow("fill (price, cash or commissions)", blockStart + i);
        }
    }

    @Override
    void markSession(int session, int i, long position) {
        try {
            sessionFlows[session] = Math.addExact(sessionFlows[session],
                    Math.addExact(cash, Math.multiplyExact(position, close[i])));
        } catch (ArithmeticException e) {
            throw ledgerOverflow("portfolio value", blockStart + i);
        }
    }

    @Override
    long valueShares(long amount, int i, int bar) {
        long c = close[i];
        if (c <= 0) {
            throw nonPositiveClose(bar, BigDecimal.valueOf(c, Bundle.PRICE_SCALE).toPlainString());
        }
        return amount / c;
    }

    @Override
    BacktestResult finish(long trades, long sharesFilled) {
        long[] values = new long[sessions];
        for (int s = 0; s < sessions; s++) {
            values[s] = Math.addExact(capital, sessionFlows[s]);
        }
        long finalValue = sessions == 0 ? capital : values[sessions - 1];
        long[] m = FixedMetrics.of(values, capital, periodsPerYear, bundle::sessionDate);
        int money = ExecutionRules.MONEY_SCALE;
        int ratio = ExecutionRules.RATIO_SCALE;
        return new BacktestResult(scenario, mode, BigDecimal.valueOf(finalValue, money), trades, sharesFilled,
                BigDecimal.valueOf(commissions, money), BigDecimal.valueOf(m[0], ratio),
                BigDecimal.valueOf(m[1], ratio), BigDecimal.valueOf(m[2], ratio), BigDecimal.valueOf(m[3], ratio),
                BigDecimal.valueOf(m[4], ratio), SessionValues.ofScaledLongs(values, money));
    }
}
