package io.decibench.nativecore;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Frequency;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.scenario.ResolvedScenario;
import io.decibench.kernel.scenario.ScenarioRegistry;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's column-API scenario, loaded by class name as the plugin's forks load it, runs natively and exactly. */
class UserScenarioNativeTest {

    /** What a user writes in src/test/java: above the 30-bar-old close -> 50 shares, below -> 0. */
    public static class Breakout implements Scenario {
        @Override public String name() { return "breakout"; }
        @Override public String bundle() { return "user-minute"; }
        @Override public TargetRule rule() {
            Expr then = Expr.close().shift(30);
            return new TargetRule(Expr.close().greaterThan(then), 50, Expr.close().lessThan(then), 0);
        }
    }

    @Test
    void decimalNativeAgreesWithDecimalBitForBit(@TempDir Path dir) {
        BundleStore store = new BundleStore(dir);
        store.ensure(new BundleSpec("user-minute", Frequency.MINUTE, 3, LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 3, 15), 9));
        Bundle bundle = store.open("user-minute");
        ResolvedScenario s = new ScenarioRegistry(getClass().getClassLoader())
                .resolve("mine", Breakout.class.getName(), "");
        Kernels kernels = Kernels.load();

        BacktestResult exact = s.prepare(Modes.DECIMAL, bundle, ExecutionRules.DEFAULT, kernels).run();
        BacktestResult natively = s.prepare(Modes.DECIMAL_NATIVE, bundle, ExecutionRules.DEFAULT, kernels).run();

        assertThat(natively.scenario()).isEqualTo("mine");
        assertThat(natively.mode()).isEqualTo(Modes.DECIMAL_NATIVE);
        assertThat(exact.trades()).isPositive();
        Map<String, Object> expected = new LinkedHashMap<>(exact.fields());
        Map<String, Object> actual = new LinkedHashMap<>(natively.fields());
        expected.remove("mode");
        actual.remove("mode");
        // toString: equal numbers at equal scales, every field, session hash included.
        assertThat(actual.toString()).isEqualTo(expected.toString());
    }
}
