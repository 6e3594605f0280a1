package io.decibench.nativecore;

import io.decibench.kernel.spi.Availability;

import java.util.function.Supplier;

/**
 * Mode {@code float-native}: IEEE {@code double} in the same Rust engine as {@code decimal-native} (same plan, blocks
 * and simulator), so that the native engine has its own binary-float reference. Its operations follow the order the
 * site's Semantics page writes down for the binary-float modes, so it agrees with {@code float} bit for bit.
 */
public final class FloatNativeKernel extends NativeKernel {

    /** The kernel {@link java.util.ServiceLoader} finds: the library bundled in this jar. */
    public FloatNativeKernel() {
        this(NativeCoreLoader::availability);
    }

    /** A kernel whose availability comes from elsewhere (tests probe libraries that are missing or foreign). */
    FloatNativeKernel(Supplier<Availability> availability) {
        super(NativeArithmetic.F64, availability);
    }
}
