package io.decibench.plugin.bench;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;

/** Kernels with made-up mode names for ModeAvailabilityTest, registered through a services file it writes. */
public abstract class FakeKernel implements BacktestKernel {

    @Override
    public Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules) {
        throw new UnsupportedOperationException("never prepared in tests");
    }

    /** Always available. */
    public static final class Ok extends FakeKernel {
        @Override public String mode() { return "test-ok"; }
        @Override public Availability availability() { return Availability.ok(); }
    }

    /** Never available, like a native core whose library is missing. */
    public static final class Broken extends FakeKernel {
        @Override public String mode() { return "test-broken"; }
        @Override public Availability availability() {
            return Availability.unavailable("libdecibench.so not found.", "build it with cargo.");
        }
    }

    /** A decimal-native kernel that cannot load here, like the native core without its library. */
    public static final class BrokenNative extends FakeKernel {
        @Override public String mode() { return "decimal-native"; }
        @Override public Availability availability() {
            return Availability.unavailable("libdecibench.so not found.", "build it with cargo.");
        }
    }
}
