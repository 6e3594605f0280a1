package io.decibench.nativecore;

import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.nio.ByteBuffer;

/**
 * The two arithmetics of the native engine and how each writes its program words and reads its result words: exact
 * 64-bit fixed point (unscaled values; mode {@code decimal-native}) and IEEE {@code double} (the value's bits; mode
 * {@code float-native}). Everything else about a native backtest is shared.
 */
enum NativeArithmetic {
    FIXED(Modes.DECIMAL_NATIVE, NativeAbi.ARITHMETIC_FIXED, true),
    F64(Modes.FLOAT_NATIVE, NativeAbi.ARITHMETIC_F64, false);

    private final String mode;
    private final int code;
    private final boolean exact;

    NativeArithmetic(String mode, int code, boolean exact) {
        this.mode = mode;
        this.code = code;
        this.exact = exact;
    }

    String mode() {
        return mode;
    }

    /** The program header's {@code H_ARITHMETIC} word. */
    int code() {
        return code;
    }

    boolean exact() {
        return exact;
    }

    /** A constant node's word: unscaled at the node's scale, or the double nearest to it (as Java's float mode has it). */
    long constant(long unscaled, int scale) {
        return exact ? unscaled : Double.doubleToRawLongBits(BigDecimal.valueOf(unscaled, scale).doubleValue());
    }

    /**
     * A money amount's word: unscaled at the money scale (the exact ledger cannot honour more places), or the double
     * nearest to it.
     */
    long money(BigDecimal value, String name) {
        if (!exact) {
            return Double.doubleToRawLongBits(value.doubleValue());
        }
        try {
            return value.setScale(ExecutionRules.MONEY_SCALE).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + " = " + value.toPlainString() + " needs more than "
                    + ExecutionRules.MONEY_SCALE + " decimal places or 64 bits; the ledger of mode " + mode
                    + " is exact at scale " + ExecutionRules.MONEY_SCALE + ".", e);
        }
    }

    /** A money word of the output (final value, commissions) as the result reports it. */
    BigDecimal moneyResult(long word) {
        return exact ? BigDecimal.valueOf(word, ExecutionRules.MONEY_SCALE) : new BigDecimal(Double.longBitsToDouble(word));
    }

    /** A ratio word of the output (return, drawdown, volatility, Sharpe, Sortino) as the result reports it. */
    BigDecimal ratioResult(long word) {
        return exact ? BigDecimal.valueOf(word, ExecutionRules.RATIO_SCALE) : new BigDecimal(Double.longBitsToDouble(word));
    }

    /** The {@code count} session values the output holds from word {@code at} on (one word each), copied out once. */
    SessionValues sessionValues(ByteBuffer out, int at, int count) {
        if (exact) {
            long[] values = new long[count];
            out.asLongBuffer().get(at, values);
            return SessionValues.ofScaledLongs(values, ExecutionRules.MONEY_SCALE);
        }
        double[] values = new double[count];
        out.asDoubleBuffer().get(at, values);
        return SessionValues.ofDoubles(values);
    }
}
