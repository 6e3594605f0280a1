package io.decibench.kernel.spi;

import io.decibench.kernel.bundle.Bundle;

/**
 * One arithmetic (a "mode"): {@code float}, {@code decimal}, {@code decimal-fixed}, {@code float-native},
 * {@code decimal-native}, or a user's own (see {@link ScalarArithmetic}). Kernels are found with
 * {@link java.util.ServiceLoader} (see {@link Kernels}), so {@code decibench-kernel-native} adds its modes just by
 * being on the classpath.
 */
public interface BacktestKernel {

    /** The mode name, e.g. {@code float}. */
    String mode();

    /** The engine that runs this mode: {@code java} for the pure-Java modes, {@code native} for the Rust core. */
    default String engine() {
        return Modes.JAVA_ENGINE;
    }

    /**
     * Whether the mode is exact: every value is exact except at the documented rounding points, so exact modes agree
     * bit for bit. Binary-float modes are not.
     */
    default boolean exact() {
        return true;
    }

    /**
     * The binary-float mode of the same engine, against which the same-engine overhead of this mode is measured
     * ({@code float} for the Java engine; a binary-float mode is its own reference).
     */
    default String reference() {
        return Modes.FLOAT;
    }

    /** Whether this kernel can run on this machine (the native one may lack its library). */
    Availability availability();

    /**
     * Allocates what the backtest needs; the measured work happens in {@link Backtest#run()}.
     *
     * @throws IllegalStateException when the kernel is not available (message says why and how to fix it)
     */
    Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules);
}
