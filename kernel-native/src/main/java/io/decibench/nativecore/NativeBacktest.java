package io.decibench.nativecore;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A {@code decimal-native} backtest: everything is allocated and every pointer resolved in the constructor, so
 * {@link #run()} is one JNA call over the bundle's own memory plus O(1) result objects and one {@code long[]}.
 */
final class NativeBacktest implements Backtest {
    private static final int OUT_HEADER = 16;
    private static final int STATUS_OVERFLOW_NODE = 1;
    private static final int STATUS_OVERFLOW_LEDGER = 2;
    private static final int STATUS_NON_POSITIVE_VALUE = 3;
    private static final String[] LEDGER_STEPS = {"", "fill price open*(1 +/- slippage)", "cash -= qty*price + commission",
        "position += qty", "commissions sum", "portfolio value cash + position*close", "session returns"};

    private final Bundle bundle;
    private final String scenario;
    private final NativeProgram program;
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

    NativeBacktest(Bundle bundle, String scenario, NativeProgram program) {
        this.bundle = bundle;
        this.scenario = scenario;
        this.program = program;
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
        if (scratchWords < 0 || scratchWords > Integer.MAX_VALUE / Long.BYTES) {
            throw new IllegalArgumentException("Scenario " + scenario + " needs " + scratchWords + " scratch words on "
                    + bundle.name() + "; the native core supports at most " + Integer.MAX_VALUE / Long.BYTES
                    + " (fewer expression nodes or fewer bars per asset).");
        }
        this.scratch = longs((int) Math.max(1, scratchWords));
        this.scratchPointer = Native.getDirectBufferPointer(scratch);
        this.outBuffer = longs(OUT_HEADER + sessions);
        this.out = outBuffer.asLongBuffer();
        this.outPointer = Native.getDirectBufferPointer(outBuffer);
    }

    private static ByteBuffer longs(int count) {
        return ByteBuffer.allocateDirect(count * Long.BYTES).order(ByteOrder.nativeOrder());
    }

    @Override
    public BacktestResult run() {
        long status = NativeDecimalCore.decibench_backtest(program.pointer(), program.length(),
                columns.get(Column.OPEN), columns.get(Column.HIGH), columns.get(Column.LOW), columns.get(Column.CLOSE),
                columns.get(Column.VOLUME), assets, bars, sessionEndsPointer, sessions,
                scratchPointer, scratchWords, outPointer, OUT_HEADER + sessions);
        if (status != 0) {
            throw failure((int) status);
        }
        long[] values = new long[sessions];
        out.get(OUT_HEADER, values);
        int money = ExecutionRules.MONEY_SCALE;
        int ratio = ExecutionRules.RATIO_SCALE;
        return new BacktestResult(scenario, Modes.DECIMAL_NATIVE,
                BigDecimal.valueOf(out.get(4), money), out.get(5), out.get(6), BigDecimal.valueOf(out.get(7), money),
                BigDecimal.valueOf(out.get(8), ratio), BigDecimal.valueOf(out.get(9), ratio),
                BigDecimal.valueOf(out.get(10), ratio), BigDecimal.valueOf(out.get(11), ratio),
                BigDecimal.valueOf(out.get(12), ratio), SessionValues.ofScaledLongs(values, money));
    }

    /** Turns the core's status and its (what, asset, bar) words into the exception a user reads. */
    private RuntimeException failure(int status) {
        int what = (int) out.get(1);
        int asset = (int) out.get(2);
        int bar = (int) out.get(3);
        String fix = " The native core holds each value in 64 bits; run this scenario in mode decimal"
                + " (-Ddecibench.modes=decimal, BigDecimal cannot overflow) or use smaller prices or positions.";
        return switch (status) {
            case STATUS_OVERFLOW_NODE -> {
                Expr node = program.plan().values().get(what);
                yield new ArithmeticException("decimal overflow in " + node + " for asset " + symbol(asset) + ", bar "
                        + bar + " (" + sessionOf(bar) + ") of bundle " + bundle.name() + ", scenario " + scenario
                        + ": the value at scale " + node.scale() + " does not fit 64 bits." + fix);
            }
            case STATUS_OVERFLOW_LEDGER -> new ArithmeticException("decimal overflow in "
                    + (what > 0 && what < LEDGER_STEPS.length ? LEDGER_STEPS[what] : "ledger step " + what)
                    + (asset >= 0 ? " for asset " + symbol(asset) + ", bar " + bar + " (" + sessionOf(bar) + ")"
                    : " at session " + bar) + " of bundle " + bundle.name() + ", scenario " + scenario + "." + fix);
            case STATUS_NON_POSITIVE_VALUE -> new ArithmeticException("Portfolio value "
                    + BigDecimal.valueOf(out.get(OUT_HEADER + bar), ExecutionRules.MONEY_SCALE).toPlainString()
                    + " at the close of session " + bar + " (" + bundle.sessionDate(bar) + ") is not positive: the"
                    + " return of the next session would divide by it. Raise the capital or reduce the target positions"
                    + " of the scenario.");
            default -> new IllegalStateException("The native core rejected the arguments of scenario " + scenario
                    + " on bundle " + bundle.name() + " (status " + status + ", code " + what + "); this is a bug in"
                    + " decibench-kernel-native, or the library and the jar come from different builds: run"
                    + " `mvn -pl kernel-native clean package`.");
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
