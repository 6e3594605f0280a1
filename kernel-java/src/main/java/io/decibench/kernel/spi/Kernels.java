package io.decibench.kernel.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the {@link BacktestKernel}s on the classpath through {@link ServiceLoader}. */
public final class Kernels {
    private final Map<String, BacktestKernel> byMode;

    private Kernels(Map<String, BacktestKernel> byMode) {
        this.byMode = byMode;
    }

    /** The kernels visible to the given class loader. */
    public static Kernels load(ClassLoader loader) {
        Map<String, BacktestKernel> map = new LinkedHashMap<>();
        for (BacktestKernel k : ServiceLoader.load(BacktestKernel.class, loader)) {
            map.putIfAbsent(k.mode(), k);
        }
        return new Kernels(map);
    }

    public static Kernels load() {
        return load(Kernels.class.getClassLoader());
    }

    /** The kernel for a mode, if one is on the classpath. */
    public Optional<BacktestKernel> find(String mode) {
        return Optional.ofNullable(byMode.get(mode));
    }

    /**
     * The kernel for a mode, or an exception that lists the valid modes (unknown name) or says why the kernel is
     * missing or unavailable and how to fix it.
     */
    public BacktestKernel require(String mode) {
        if (!Modes.ALL.contains(mode) && !byMode.containsKey(mode)) {
            throw new IllegalArgumentException("Unknown mode '" + mode + "'; valid modes: " + String.join(", ", Modes.ALL));
        }
        BacktestKernel kernel = byMode.get(mode);
        if (kernel == null) {
            throw new IllegalStateException("Mode '" + mode + "' is not on the classpath"
                    + (Modes.DECIMAL_NATIVE.equals(mode)
                    ? "; add the io.decibench:decibench-kernel-native dependency." : "."));
        }
        Availability a = kernel.availability();
        if (!a.available()) {
            throw new IllegalStateException("Mode '" + mode + "' is unavailable: " + a);
        }
        return kernel;
    }
}
