package io.decibench.nativecore;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The native core's C ABI (every buffer word named in {@link NativeAbi}), bound by JNA direct mapping (the fast path: primitives and pointers only). Loading this
 * class loads {@code linux-x86-64/libdecibench_native.so} from the classpath; ask {@link NativeCoreLoader} first, which
 * turns a missing or foreign library into an {@link io.decibench.kernel.spi.Availability} instead of a linkage error.
 */
public final class NativeDecimalCore {
    /** The library name JNA resolves to {@code lib<name>.so} under the platform folder of the classpath. */
    public static final String LIBRARY = "decibench_native";

    /** Must equal the Rust crate's {@code ABI_VERSION}: both sides agree on signatures and buffer layouts. */
    public static final int ABI_VERSION = NativeAbi.ABI_VERSION;

    static {
        Native.register(NativeDecimalCore.class, LIBRARY);
    }

    private NativeDecimalCore() {
    }

    public static native int decibench_abi_version();

    /** Returns its argument; measures the cost of one JNA crossing. */
    public static native long decibench_noop(long x);

    /** How many named ABI constants the library exports. */
    static native int decibench_layout_count();

    /** The name of exported ABI constant {@code i} (a NUL-terminated string in the library's static memory). */
    static native Pointer decibench_layout_name(int i);

    /** The library's value of exported ABI constant {@code i}. */
    static native long decibench_layout_value(int i);

    /** One operation (see {@link DecimalOp}); the result goes to {@code out}, the status is returned. */
    static native int decibench_decimal(long op, long a, int sa, long b, int sb, int sr, Pointer out);

    /** {@code count} operations of six words each in {@code ops}, two result words each in {@code out}. */
    static native long decibench_decimal_batch(Pointer ops, Pointer out, long count);

    static native long decibench_scratch_words(Pointer program, long programLength, int bars);

    /**
     * One whole backtest in the program's arithmetic; {@code trace} is null (length 0) in the measured path, else it
     * receives up to {@code traceLength / TRACE_WORDS} decision triples.
     */
    static native long decibench_backtest(Pointer program, long programLength,
                                          Pointer open, Pointer high, Pointer low, Pointer close, Pointer volume,
                                          int assets, int bars, Pointer sessionEnds, int sessions,
                                          Pointer scratch, long scratchLength, Pointer out, long outLength,
                                          Pointer trace, long traceLength);
}
