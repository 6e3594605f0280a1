package io.decibench.nativecore;

import io.decibench.kernel.spi.Availability;

import java.util.function.Supplier;

/**
 * Mode {@code decimal-native}: the exact decimal semantics of {@code decimal}, computed by the Rust engine in 64-bit
 * fixed point, one JNA call per backtest. Its same-engine reference is {@code float-native}.
 */
public final class DecimalNativeKernel extends NativeKernel {

    /** The kernel {@link java.util.ServiceLoader} finds: the library bundled in this jar. */
    public DecimalNativeKernel() {
        this(NativeCoreLoader::availability);
    }

    /** A kernel whose availability comes from elsewhere (tests probe libraries that are missing or foreign). */
    DecimalNativeKernel(Supplier<Availability> availability) {
        super(NativeArithmetic.FIXED, availability);
    }
}
