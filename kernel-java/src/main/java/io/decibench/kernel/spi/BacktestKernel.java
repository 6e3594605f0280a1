package io.decibench.kernel.spi;

import io.decibench.kernel.bundle.Bundle;

/**
 * One arithmetic (a "mode"): {@code float}, {@code decimal}, {@code decimal-native}. Kernels are found with
 * {@link java.util.ServiceLoader} (see {@link Kernels}), so {@code decibench-kernel-native} adds its mode just by being
 * on the classpath.
 */
public interface BacktestKernel {

    /** The mode name, e.g. {@code float}. */
    String mode();

    /** Whether this kernel can run on this machine (the native one may lack its library). */
    Availability availability();

    /**
     * Allocates what the backtest needs; the measured work happens in {@link Backtest#run()}.
     *
     * @throws IllegalStateException when the kernel is not available (message says why and how to fix it)
     */
    Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules);
}
