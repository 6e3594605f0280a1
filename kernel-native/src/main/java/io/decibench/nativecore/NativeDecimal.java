package io.decibench.nativecore;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A fixed-point decimal of the native core: an unscaled {@code long} at a scale. Arithmetic runs in Rust with exact
 * 128-bit intermediates and one HALF_EVEN rounding to the requested result scale; a result that does not fit a
 * {@code long} throws {@link ArithmeticException} naming the operation. For scenarios' own code and for tests; the
 * backtest itself never crosses JNA per value.
 */
public record NativeDecimal(long unscaled, int scale) {

    public NativeDecimal {
        if (scale < 0 || scale > DecimalOp.MAX_SCALE) {
            throw new IllegalArgumentException("scale " + scale + " out of range 0.." + DecimalOp.MAX_SCALE);
        }
    }

    /** Parses a plain or scientific decimal string and rounds it HALF_EVEN to {@code scale} places. */
    public static NativeDecimal parse(String text, int scale) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a decimal number: '" + text + "'");
        }
        return of(value, scale);
    }

    /** The value of {@code value} rounded HALF_EVEN to {@code scale} places. */
    public static NativeDecimal of(BigDecimal value, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_EVEN);
        if (rounded.unscaledValue().bitLength() > 63) {
            throw new ArithmeticException("decimal overflow in parse(" + value.toPlainString() + ") at scale " + scale
                    + ": the value does not fit a 64-bit unscaled value");
        }
        return new NativeDecimal(rounded.unscaledValue().longValue(), scale);
    }

    public NativeDecimal add(NativeDecimal other, int resultScale) {
        return apply(DecimalOp.ADD, other, resultScale);
    }

    public NativeDecimal subtract(NativeDecimal other, int resultScale) {
        return apply(DecimalOp.SUB, other, resultScale);
    }

    public NativeDecimal multiply(NativeDecimal other, int resultScale) {
        return apply(DecimalOp.MUL, other, resultScale);
    }

    public NativeDecimal divide(NativeDecimal other, int resultScale) {
        return apply(DecimalOp.DIV, other, resultScale);
    }

    public NativeDecimal rescale(int resultScale) {
        return apply(DecimalOp.RESCALE, this, resultScale);
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** The plain decimal string with exactly {@link #scale()} places, e.g. {@code -1.2500}. */
    public String format() {
        return toBigDecimal().toPlainString();
    }

    @Override
    public String toString() {
        return format();
    }

    private NativeDecimal apply(DecimalOp op, NativeDecimal other, int resultScale) {
        Pointer out = ResultSlot.CURRENT.get().pointer();
        int status = NativeDecimalCore.decibench_decimal(op.code(), unscaled, scale, other.unscaled, other.scale,
                resultScale, out);
        RuntimeException failure = op.failure(status, unscaled, scale, other.unscaled, other.scale, resultScale);
        if (failure != null) {
            throw failure;
        }
        return new NativeDecimal(out.getLong(0), resultScale);
    }

    /** One direct result word per thread (the buffer and the pointer JNA passes), so a call allocates no native memory. */
    private record ResultSlot(ByteBuffer buffer, Pointer pointer) {
        static final ThreadLocal<ResultSlot> CURRENT = ThreadLocal.withInitial(() -> {
            ByteBuffer b = ByteBuffer.allocateDirect(Long.BYTES).order(ByteOrder.nativeOrder());
            return new ResultSlot(b, Native.getDirectBufferPointer(b));
        });
    }
}
