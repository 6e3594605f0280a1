package io.decibench.nativecore;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.ExprPlan;
import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

import java.util.function.Supplier;

/**
 * Mode {@code decimal-native}: the same exact decimal semantics as {@code decimal}, computed by the Rust fixed-point
 * core in one JNA call per backtest. Unavailable (with reason and fix) when the library cannot be loaded.
 */
public final class DecimalNativeKernel implements BacktestKernel {
    private final Supplier<Availability> availability;

    /** The kernel {@link java.util.ServiceLoader} finds: the library bundled in this jar. */
    public DecimalNativeKernel() {
        this(NativeCoreLoader::availability);
    }

    /** A kernel whose availability comes from elsewhere (tests probe libraries that are missing or foreign). */
    DecimalNativeKernel(Supplier<Availability> availability) {
        this.availability = availability;
    }

    @Override
    public String mode() {
        return Modes.DECIMAL_NATIVE;
    }

    @Override
    public Availability availability() {
        return availability.get();
    }

    @Override
    public Backtest prepare(Bundle bundle, Scenario scenario, ExecutionRules rules) {
        Availability a = availability();
        if (!a.available()) {
            throw new IllegalStateException("Mode " + mode() + " cannot run scenario " + scenario.name() + ": "
                    + a.reason() + " Fix: " + a.fix() + ".");
        }
        return new NativeBacktest(bundle, scenario.name(), NativeProgram.encode(ExprPlan.of(scenario.rule()), rules));
    }
}
