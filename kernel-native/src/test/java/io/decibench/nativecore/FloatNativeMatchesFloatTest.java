package io.decibench.nativecore;

import static io.decibench.kernel.expr.Expr.close;
import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code float-native} against {@code float}: the same double operations in the same order (the site's Semantics
 * page), so every reported number and every session value is the same double, bit for bit.
 */
class FloatNativeMatchesFloatTest {
    @TempDir
    static Path bundles;
    private static BundleStore store;

    @BeforeAll
    static void generatePresets() {
        store = SameResults.presets(bundles);
    }

    static Stream<Scenario> builtinScenarios() {
        return BuiltinScenarios.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("builtinScenarios")
    void presetsAgreeBitForBit(Scenario scenario) {
        Bundle bundle = store.open(scenario.bundle());
        BacktestResult nat = run(Modes.FLOAT_NATIVE, bundle, scenario);
        assertThat(nat.mode()).isEqualTo(Modes.FLOAT_NATIVE);
        SameResults.assertSame(nat, run(Modes.FLOAT, bundle, scenario), scenario.name());
        assertThat(nat.trades()).isPositive();
        assertThat(nat.decisions()).isNotEmpty();
    }

    @Test
    void handMadeBundleWithPartialFillsAndSellsAgrees() {
        SplittableRandom random = new SplittableRandom(8);
        long[][] prices = new long[3][400];
        for (long[] asset : prices) {
            long p = 300_000 + random.nextLong(2_000_000) / 100 * 100;
            for (int b = 0; b < asset.length; b++) {
                p = Math.max(10_000, p + (random.nextLong(2_001) - 1_000) * 100);
                asset[b] = p;
            }
        }
        Bundle bundle = HandMadeBundles.daily(prices, 350);
        TargetRule swing = new TargetRule(close().shift(3).lessThan(close()), 100,
                close().shift(3).greaterThan(close()), -40);
        for (TargetRule rule : new TargetRule[] {swing, BuiltinScenarios.DAILY.rule(), BuiltinScenarios.HOURLY.rule(),
            BuiltinScenarios.MINUTE.rule()}) {
            Scenario s = new HandMadeBundles.TestScenario("hand", "hand-made", rule);
            SameResults.assertSame(run(Modes.FLOAT_NATIVE, bundle, s), run(Modes.FLOAT, bundle, s), rule.toString());
        }
    }

    static BacktestResult run(String mode, Bundle bundle, Scenario scenario) {
        return Kernels.load().require(mode).prepare(bundle, scenario, ExecutionRules.DEFAULT).runRecordingDecisions();
    }
}
