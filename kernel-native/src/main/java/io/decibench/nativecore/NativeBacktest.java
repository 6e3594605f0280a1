package io.decibench.nativecore;

import static io.decibench.nativecore.NativeAbi.*;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.Decision;
import io.decibench.kernel.spi.ExecutionRules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A native backtest in one of the two arithmetics: everything is allocated and every pointer resolved in the
 * constructor, so {@link #run()} is one JNA call over the bundle's own memory plus O(1) result objects and one
 * array. {@link #runRecordingDecisions()} is the same call with a decision-trace buffer, for the exactness probe
 * only (the measured path passes none).
 */
final class NativeBacktest implements Backtest {
    /** Decision triples the first recording run makes room for; a run that needs more is repeated with room for all. */
    static final int INITIAL_TRACE = 1 << 16;

    /** The one native call a run makes ({@code decibench_backtest}); tests count the crossings through it. */
    @FunctionalInterface
    interface Entry {
        long backtest(Pointer program, long programLength, Pointer open, Pointer high, Pointer low, Pointer close,
                      Pointer volume, int assets, int bars, Pointer sessionEnds, int sessions, Pointer scratch,
                      long scratchLength, Pointer out, long outLength, Pointer trace, long traceLength);
    }

    static final Entry LIBRARY = NativeDecimalCore::decibench_backtest;

    private final Bundle bundle;
    private final String scenario;
    private final NativeProgram program;
    private final NativeArithmetic arithmetic;
    private final Map<Column, Pointer> columns = new EnumMap<>(Column.class);
    private final int[] sessionEnds;
    private final ByteBuffer sessionEndsBuffer;
    private final ByteBuffer scratch;
    private final ByteBuffer outBuffer;
    private final LongBuffer out;
    private final Pointer sessionEndsPointer;
    private final Pointer scratchPointer;
    private final Pointer outPointer;
    private final long scratchWords;
    private final int assets;
    private final int bars;
    private final int sessions;
    private final Entry entry;

    NativeBacktest(Bundle bundle, String scenario, NativeProgram program) {
        this(bundle, scenario, program, LIBRARY);
    }

    NativeBacktest(Bundle bundle, String scenario, NativeProgram program, Entry entry) {
        this.entry = entry;
        this.bundle = bundle;
        this.scenario = scenario;
        this.program = program;
        this.arithmetic = program.arithmetic();
        this.assets = bundle.assets();
        this.bars = bundle.barsPerAsset();
        this.sessions = bundle.sessions();
        for (Column c : Column.values()) {
            columns.put(c, Native.getDirectBufferPointer(bundle.bytes(c)));
        }
        this.sessionEnds = bundle.sessionEnds();
        this.sessionEndsBuffer = longs(Math.max(1, sessions));
        for (int s = 0; s < sessions; s++) {
            sessionEndsBuffer.putLong(s * Long.BYTES, sessionEnds[s]);
        }
        this.sessionEndsPointer = Native.getDirectBufferPointer(sessionEndsBuffer);
        this.scratchWords = NativeDecimalCore.decibench_scratch_words(program.pointer(), program.length(), bars);
        if (scratchWords <= 0 || scratchWords > Integer.MAX_VALUE / Long.BYTES) {
            throw new IllegalArgumentException("Scenario " + scenario + " needs " + scratchWords + " scratch words on "
                    + bundle.name() + "; the native core supports 1.." + Integer.MAX_VALUE / Long.BYTES
                    + " (fewer expression nodes or fewer bars per asset).");
        }
        this.scratch = longs((int) scratchWords);
        this.scratchPointer = Native.getDirectBufferPointer(scratch);
        this.outBuffer = longs(OUT_HEADER_WORDS + sessions);
        this.out = outBuffer.asLongBuffer();
        this.outPointer = Native.getDirectBufferPointer(outBuffer);
    }

    private static ByteBuffer longs(int count) {
        return ByteBuffer.allocateDirect(count * Long.BYTES).order(ByteOrder.nativeOrder());
    }

    @Override
    public BacktestResult run() {
        call(null, 0);
        return result(null);
    }

    /** The same call with a decision-trace buffer; the result lists every change of a standing target. */
    @Override
    public BacktestResult runRecordingDecisions() {
        Recorded r = recordDecisions();
        long[] d = r.decisions();
        List<Decision> decisions = new ArrayList<>(d.length / TRACE_WORDS);
        for (int i = 0; i < d.length; i += TRACE_WORDS) {
            decisions.add(new Decision((int) d[i], (int) d[i + 1], d[i + 2]));
        }
        return result(decisions);
    }

    /** A result and the decisions behind it: per change of a standing target, {@code asset, bar, new target}. */
    record Recorded(BacktestResult result, long[] decisions) {
    }

    /** The backtest with its decision trace (never measured: it allocates the trace). */
    Recorded recordDecisions() {
        return recordDecisions(INITIAL_TRACE);
    }

    Recorded recordDecisions(int initialCapacity) {
        int capacity = (int) Math.min(initialCapacity, Math.max(1L, (long) assets * bars));
        while (true) {
            ByteBuffer trace = longs(capacity * TRACE_WORDS);
            call(Native.getDirectBufferPointer(trace), (long) capacity * TRACE_WORDS);
            long count = out.get(O_DECISIONS);
            if (count <= capacity) {
                long[] decisions = new long[(int) count * TRACE_WORDS];
                trace.asLongBuffer().get(0, decisions);
                return new Recorded(result(null), decisions);
            }
            if (count * TRACE_WORDS > Integer.MAX_VALUE / Long.BYTES) {
                throw new IllegalStateException("Scenario " + scenario + " changes its targets " + count + " times on "
                        + bundle.name() + ", more than a decision trace can hold; record a smaller bundle.");
            }
            capacity = (int) count;
        }
    }

    private void call(Pointer trace, long traceWords) {
        long status = entry.backtest(program.pointer(), program.length(),
                columns.get(Column.OPEN), columns.get(Column.HIGH), columns.get(Column.LOW), columns.get(Column.CLOSE),
                columns.get(Column.VOLUME), assets, bars, sessionEndsPointer, sessions,
                scratchPointer, scratchWords, outPointer, OUT_HEADER_WORDS + sessions, trace, traceWords);
        if (status != STATUS_OK) {
            throw failure((int) status);
        }
    }

    private BacktestResult result(List<Decision> decisions) {
        NativeArithmetic a = arithmetic;
        return new BacktestResult(scenario, a.mode(),
                a.moneyResult(out.get(O_FINAL_VALUE)), out.get(O_TRADES), out.get(O_SHARES),
                a.moneyResult(out.get(O_COMMISSIONS)), a.ratioResult(out.get(O_TOTAL_RETURN)),
                a.ratioResult(out.get(O_MAX_DRAWDOWN)), a.ratioResult(out.get(O_VOLATILITY)),
                a.ratioResult(out.get(O_SHARPE)), a.ratioResult(out.get(O_SORTINO)),
                a.sessionValues(outBuffer, OUT_HEADER_WORDS, sessions), decisions);
    }

    /** Turns the core's status and where-words into the exception a user reads, with the fix. */
    private RuntimeException failure(int status) {
        int source = (int) out.get(O_ERR_SOURCE);
        int what = (int) out.get(O_ERR_WHAT);
        int asset = (int) out.get(O_ERR_ASSET);
        int bar = (int) out.get(O_ERR_BAR);
        String run = " of bundle " + bundle.name() + ", scenario " + scenario + " in mode " + arithmetic.mode();
        String where = " for asset " + symbol(asset) + ", bar " + bar + " (" + sessionOf(bar) + ")" + run;
        String wide = " The native core holds each value in 64 bits; run this scenario in mode decimal"
                + " (-Ddecibench.modes=decimal, BigDecimal cannot overflow) or use smaller prices, positions or scales.";
        return switch (status) {
            case STATUS_OVERFLOW_NODE -> new ArithmeticException("decimal overflow in " + value(what) + where
                    + ": the value at scale " + value(what).scale() + " does not fit 64 bits." + wide);
            case STATUS_DIVISION_BY_ZERO -> new ArithmeticException("division by zero in " + value(what) + where
                    + ": the divisor " + ((Expr.Div) value(what)).right() + " is 0. Fix: keep the divisor away from"
                    + " zero in the scenario, e.g. divide by divisor.max(constant(\"0.0001\")), or test it in a"
                    + " condition before dividing.");
            case STATUS_NEGATIVE_SQRT -> new ArithmeticException("square root of a negative value in " + value(what)
                    + where + ": its input " + ((Expr.Sqrt) value(what)).input() + " is below 0. Fix: take the root"
                    + " of a value that cannot be negative, e.g. x.abs() or x.max(constant(0)).");
            case STATUS_NON_POSITIVE_CLOSE -> new ArithmeticException("a value target needs a positive close to size"
                    + " the position: the " + (source == SRC_ENTER_TARGET ? "enter" : "exit") + " target "
                    + target(source) + where + " meets a close of " + closeAt(asset, bar) + ". Fix: check the"
                    + " bundle's prices, or use a share target.");
            case STATUS_OVERFLOW_LEDGER -> new ArithmeticException("decimal overflow in " + ledgerStep(what)
                    + (asset >= 0 ? where : " at session " + bar + run) + "." + wide);
            case STATUS_NON_POSITIVE_VALUE -> new ArithmeticException("Portfolio value "
                    + arithmetic.moneyResult(out.get(OUT_HEADER_WORDS + bar))
                            .setScale(ExecutionRules.MONEY_SCALE, RoundingMode.HALF_EVEN).toPlainString()
                    + " at the close of session " + bar + " (" + bundle.sessionDate(bar) + ") of scenario " + scenario
                    + " in mode " + arithmetic.mode() + " is not positive: the return of the next session would"
                    + " divide by it. Raise the capital or reduce the target positions of the scenario.");
            default -> new IllegalStateException("The native core rejected the arguments of scenario " + scenario
                    + " on bundle " + bundle.name() + " (status " + status + ", check " + what + "); this is a bug in"
                    + " decibench-kernel-native, or the library and the jar come from different builds: run"
                    + " `mvn -pl kernel-native clean package`.");
        };
    }

    private String closeAt(int asset, int bar) {
        return BigDecimal.valueOf(bundle.value(Column.CLOSE, asset, bar), ExecutionRules.MONEY_SCALE).toPlainString();
    }

    private Expr value(int slot) {
        return program.plan().values().get(slot);
    }

    private Object target(int source) {
        return source == SRC_ENTER_TARGET ? program.plan().rule().enterTarget() : program.plan().rule().exitTarget();
    }

    private static String ledgerStep(int step) {
        return switch (step) {
            case L_FILL_PRICE -> "fill price open*(1 +/- slippage)";
            case L_CASH -> "cash -= qty*price + commission";
            case L_POSITION -> "position += qty";
            case L_COMMISSIONS -> "commissions sum";
            case L_PORTFOLIO_VALUE -> "portfolio value cash + position*close";
            case L_RETURNS -> "session returns";
            case L_SHARES_FILLED -> "shares filled sum";
            default -> "ledger step " + step;
        };
    }

    private String symbol(int asset) {
        return asset >= 0 && asset < assets ? bundle.symbols().get(asset) : "#" + asset;
    }

    /** The session a bar belongs to, as a date (the bar's own session close or the next one). */
    private String sessionOf(int bar) {
        int i = Arrays.binarySearch(sessionEnds, bar);
        int session = i >= 0 ? i : -i - 1;
        return session < sessions ? "session " + bundle.sessionDate(session) : "after the last session";
    }
}
