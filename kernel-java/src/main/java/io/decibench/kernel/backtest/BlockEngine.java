package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.Decision;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;

import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Java block engine, shared by every Java arithmetic (site page "Semantics"): per asset, in blocks of
 * {@value #BLOCK} bars, it bulk-reads the block's bundle columns, has the arithmetic evaluate the plan's value nodes
 * in slot order, evaluates the conditions (logic here, comparisons in the arithmetic), and runs the execution
 * simulator over the block in the same pass: fills toward the standing target, target changes, session closes. The
 * subclasses ({@link DoubleEngine}, {@link FixedEngine}, {@link ObjectEngine}) hold the value rows in their own
 * column type and implement the money steps; the integer logic of orders lives only here.
 */
abstract class BlockEngine implements Backtest {
    /** Bars evaluated together: every node's slice of a block stays in L1 while the next node reads it. */
    static final int BLOCK = 256;

    protected final Bundle bundle;
    protected final String scenario;
    protected final String mode;
    protected final CompiledPlan p;
    protected final int assets;
    protected final int bars;
    protected final int sessions;
    private final int[] sessionEnds;
    private final long volumePercent;
    private final LongBuffer openColumn;
    private final LongBuffer closeColumn;
    private final LongBuffer volumeColumn;
    /** The current block's open, close and volume (unscaled), index {@code t - lo}. */
    protected final long[] open = new long[BLOCK];
    protected final long[] close = new long[BLOCK];
    protected final long[] volume = new long[BLOCK];
    private final boolean[][] condRows;
    /** The asset being simulated and the first bar of the current block, for error messages. */
    protected int asset;
    protected int blockStart;

    BlockEngine(Bundle bundle, Scenario scenario, ExecutionRules rules, String mode) {
        this.bundle = bundle;
        this.scenario = scenario.name();
        this.mode = mode;
        this.p = new CompiledPlan(scenario.rule());
        this.assets = bundle.assets();
        this.bars = bundle.barsPerAsset();
        this.sessions = bundle.sessions();
        this.sessionEnds = bundle.sessionEnds();
        this.volumePercent = rules.volumeLimitPercent();
        this.openColumn = bundle.longs(Column.OPEN);
        this.closeColumn = bundle.longs(Column.CLOSE);
        this.volumeColumn = bundle.longs(Column.VOLUME);
        this.condRows = new boolean[p.conds][BLOCK];
    }

    @Override
    public final BacktestResult run() {
        return simulate(null);
    }

    @Override
    public final BacktestResult runRecordingDecisions() {
        return simulate(new ArrayList<>());
    }

    private BacktestResult simulate(List<Decision> trace) {
        reset();
        long trades = 0;
        long sharesFilled = 0;
        boolean[] enter = condRows[p.enterSlot];
        boolean[] exit = condRows[p.exitSlot];
        for (int a = 0; a < assets; a++) {
            asset = a;
            startAsset(a);
            int base = a * bars;
            long position = 0;
            long target = 0;
            int session = 0;
            for (int lo = 0; lo < bars; lo += BLOCK) {
                int hi = Math.min(lo + BLOCK, bars);
                int len = hi - lo;
                blockStart = lo;
                openColumn.get(base + lo, open, 0, len);
                closeColumn.get(base + lo, close, 0, len);
                volumeColumn.get(base + lo, volume, 0, len);
                evaluateValues(base, lo, hi);
                evaluateConditions(lo, hi);
                for (int t = lo; t < hi; t++) {
                    int i = t - lo;
                    if (target != position) {
                        // the order toward the target decided at the previous close fills at this bar's open
                        long want = Math.subtractExact(target, position);
                        long cap = cap(volume[i]);
                        long qty = want > 0 ? Math.min(want, cap) : -Math.min(-want, cap);
                        if (qty != 0) {
                            fill(i, qty);
                            trades++;
                            sharesFilled += Math.abs(qty);
                            position += qty;
                        }
                    }
                    long next = enter[i] ? (p.enterIsValue ? valueShares(p.enterAmount, i, t) : p.enterShares)
                            : exit[i] ? (p.exitIsValue ? valueShares(p.exitAmount, i, t) : p.exitShares)
                            : target;
                    if (next != target) {
                        if (trace != null) {
                            trace.add(new Decision(a, t, next));
                        }
                        target = next;
                    }
                    if (session < sessions && sessionEnds[session] == t) {
                        markSession(session, i, position);
                        session++;
                    }
                }
            }
        }
        BacktestResult result = finish(trades, sharesFilled);
        return trace == null ? result : new BacktestResult(result.scenario(), result.mode(), result.finalValue(),
                result.trades(), result.sharesFilled(), result.commissions(), result.totalReturn(),
                result.maxDrawdown(), result.annualVolatility(), result.sharpe(), result.sortino(),
                result.sessionValues(), trace);
    }

    /** At most {@code volumeLimitPercent} of the bar's volume, rounded down to whole shares (never negative). */
    private long cap(long barVolume) {
        if (barVolume <= 0) {
            return 0;
        }
        long product = barVolume * volumePercent;
        if (Math.multiplyHigh(barVolume, volumePercent) == 0 && product >= 0) {
            return product / 100;
        }
        return FixedMath.multiplyDivide(barVolume, volumePercent, 100, java.math.RoundingMode.DOWN);
    }

    private void evaluateConditions(int lo, int hi) {
        for (int slot = 0; slot < p.conds; slot++) {
            boolean[] out = condRows[slot];
            int start = Math.max(lo, Math.min(p.condWarmup[slot], hi));
            // false during the warm-up, whatever the parts say
            Arrays.fill(out, 0, start - lo, false);
            if (start == hi) {
                continue;
            }
            int op = p.condOp[slot];
            if (op == CompiledPlan.AND || op == CompiledPlan.OR) {
                boolean[] x = condRows[p.condA[slot]];
                boolean[] y = condRows[p.condB[slot]];
                if (op == CompiledPlan.AND) {
                    for (int i = start - lo; i < hi - lo; i++) {
                        out[i] = x[i] & y[i];
                    }
                } else {
                    for (int i = start - lo; i < hi - lo; i++) {
                        out[i] = x[i] | y[i];
                    }
                }
            } else if (op == CompiledPlan.NOT) {
                boolean[] x = condRows[p.condA[slot]];
                for (int i = start - lo; i < hi - lo; i++) {
                    out[i] = !x[i];
                }
            } else {
                compare(op, p.condA[slot], p.condB[slot], lo, start, hi, out);
            }
        }
    }

    // ---- what each arithmetic implements ------------------------------------------------------------------------

    /** Forgets everything of a previous run. */
    abstract void reset();

    /** The following blocks are of this asset: node state (rolling windows, EMAs) and the asset's cash start over. */
    abstract void startAsset(int asset);

    /**
     * Evaluates every value node over bars {@code lo..hi} of the current asset (bar {@code t} of the asset is element
     * {@code base + t} of a bundle column), in slot order, each from its own first defined bar.
     */
    abstract void evaluateValues(int base, int lo, int hi);

    /** {@code out[t - lo] = x[t] op y[t]} for {@code t} in {@code start..hi}, compared exactly (or in IEEE double). */
    abstract void compare(int op, int x, int y, int lo, int start, int hi, boolean[] out);

    /** {@code qty} shares fill at the block's bar {@code i}'s open with slippage; cash pays price and commission. */
    abstract void fill(int i, long qty);

    /** Adds the asset's cash flow and the position's value at bar {@code i}'s close to session {@code session}. */
    abstract void markSession(int session, int i, long position);

    /** A value target: whole shares that {@code amount} (unscaled, scale 4) buys at bar {@code i}'s close. */
    abstract long valueShares(long amount, int i, int bar);

    /** The run's results, after every asset. */
    abstract BacktestResult finish(long trades, long sharesFilled);

    // ---- errors a user can meet ---------------------------------------------------------------------------------

    /** Where bar {@code bar} of the current asset lies: symbol, bar, session date, bundle and scenario. */
    final String where(int bar) {
        int s = Arrays.binarySearch(sessionEnds, bar);
        int session = s >= 0 ? s : -s - 1;
        String date = session < sessions ? "session " + bundle.sessionDate(session) : "after the last session";
        return "for asset " + bundle.symbols().get(asset) + ", bar " + bar + " (" + date + ") of bundle "
                + bundle.name() + ", scenario " + scenario + " in mode " + mode;
    }

    final ArithmeticException divisionByZero(int slot, int bar) {
        return new ArithmeticException("division by zero in " + p.nodes.get(slot) + " " + where(bar)
                + ": the divisor is 0. Fix: keep the divisor away from zero in the scenario, e.g. divide by"
                + " divisor.max(constant(\"0.0001\")), or test it in a condition before dividing.");
    }

    final ArithmeticException negativeSqrt(int slot, int bar, Object value) {
        return new ArithmeticException("square root of a negative value (" + value + ") in " + p.nodes.get(slot)
                + " " + where(bar) + ". Fix: take the root of a value that cannot be negative, e.g. x.abs() or"
                + " x.max(constant(0)).");
    }

    final ArithmeticException nonPositiveClose(int bar, Object close) {
        return new ArithmeticException("a value target needs a positive close to size the position, but the close is "
                + close + " " + where(bar) + ". Fix: check the bundle's prices, or use a share target.");
    }
}
