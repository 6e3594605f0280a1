package io.decibench.nativecore;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;

/**
 * Many decimal operations in one JNA call: fill entries with {@link #set}, {@link #run} them, read each status and
 * result. Used to test the core against {@link java.math.BigDecimal} at volume, and by scenarios that batch their own
 * arithmetic.
 */
public final class DecimalBatch {
    private static final int OP_WORDS = NativeAbi.BATCH_OP_WORDS;
    private static final int RESULT_WORDS = NativeAbi.BATCH_OUT_WORDS;

    private final int capacity;
    private final ByteBuffer opsBuffer;
    private final ByteBuffer outBuffer;
    private final LongBuffer ops;
    private final LongBuffer out;
    private final Pointer opsPointer;
    private final Pointer outPointer;

    public DecimalBatch(int capacity) {
        this.capacity = capacity;
        this.opsBuffer = ByteBuffer.allocateDirect(capacity * OP_WORDS * Long.BYTES).order(ByteOrder.nativeOrder());
        this.outBuffer = ByteBuffer.allocateDirect(capacity * RESULT_WORDS * Long.BYTES).order(ByteOrder.nativeOrder());
        this.ops = opsBuffer.asLongBuffer();
        this.out = outBuffer.asLongBuffer();
        this.opsPointer = Native.getDirectBufferPointer(opsBuffer);
        this.outPointer = Native.getDirectBufferPointer(outBuffer);
    }

    public int capacity() {
        return capacity;
    }

    /** Entry {@code i}: {@code a} at scale {@code sa} op {@code b} at scale {@code sb}, rounded to {@code sr}. */
    public void set(int i, DecimalOp op, long a, int sa, long b, int sb, int sr) {
        int at = i * OP_WORDS;
        ops.put(at + NativeAbi.B_OP, op.code()).put(at + NativeAbi.B_A, a).put(at + NativeAbi.B_SCALE_A, sa)
                .put(at + NativeAbi.B_B, b).put(at + NativeAbi.B_SCALE_B, sb).put(at + NativeAbi.B_SCALE_RESULT, sr);
    }

    /** Runs entries {@code 0..count-1}; returns how many failed. */
    public long run(int count) {
        if (count < 0 || count > capacity) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + capacity);
        }
        return NativeDecimalCore.decibench_decimal_batch(opsPointer, outPointer, count);
    }

    public boolean succeeded(int i) {
        return out.get(i * RESULT_WORDS + NativeAbi.B_STATUS) == DecimalOp.OK;
    }

    /** The unscaled result of entry {@code i}, or the exception its failure raises. */
    public long result(int i) {
        int status = (int) out.get(i * RESULT_WORDS + NativeAbi.B_STATUS);
        if (status != DecimalOp.OK) {
            int at = i * OP_WORDS;
            DecimalOp op = DecimalOp.of((int) ops.get(at + NativeAbi.B_OP));
            throw op.failure(status, ops.get(at + NativeAbi.B_A), (int) ops.get(at + NativeAbi.B_SCALE_A),
                    ops.get(at + NativeAbi.B_B), (int) ops.get(at + NativeAbi.B_SCALE_B),
                    (int) ops.get(at + NativeAbi.B_SCALE_RESULT));
        }
        return out.get(i * RESULT_WORDS + NativeAbi.B_RESULT);
    }
}
