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
 * The native engine in one of its arithmetics: the scenario's plan is encoded once in {@link #prepare}, each run is
 * one JNA call. Both native modes share one library, so they are available or unavailable together, with the same
 * reason and fix.
 */
abstract class NativeKernel implements BacktestKernel {
    /** The engine name of the native modes. */
    static final String ENGINE = "native";

    private final NativeArithmetic arithmetic;
    private final Supplier<Availability> availability;

    NativeKernel(NativeArithmetic arithmetic, Supplier<Availability> availability) {
        this.arithmetic = arithmetic;
        this.availability = availability;
    }

    @Override
    public String mode() {
        return arithmetic.mode();
    }

    /** {@code native}: the Rust core. */
    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public boolean exact() {
        return arithmetic.exact();
    }

    /** {@code float-native}: the binary-float mode of the same engine. */
    @Override
    public String reference() {
        return Modes.FLOAT_NATIVE;
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
        NativeProgram program = NativeProgram.encode(ExprPlan.of(scenario.rule()), rules, arithmetic);
        return new NativeBacktest(bundle, scenario.name(), program);
    }
}
