package io.decibench.nativecore;

import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;
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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code decimal-native} against {@code decimal} (BigDecimal) and {@code decimal-fixed}: every reported number, the
 * session-value hash and every decision must be identical, on the three preset bundles and on hand-made bundles with
 * partial fills and selling.
 */
class DecimalNativeMatchesDecimalTest {
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
        BacktestResult nat = run(Modes.DECIMAL_NATIVE, bundle, scenario);
        BacktestResult dec = run(Modes.DECIMAL, bundle, scenario);
        SameResults.assertSame(nat, dec, scenario.name());
        SameResults.assertSame(nat, run(Modes.DECIMAL_FIXED, bundle, scenario), scenario.name());
        assertThat(nat.decisions()).isNotEmpty();
        // The strategy really traded, so the ledger and metrics were exercised.
        assertThat(nat.trades()).isPositive();
        assertThat(nat.sessionValues().size()).isEqualTo(bundle.sessions());
    }

    @Test
    void handMadeBundleWithPartialFillsAndSellsAgrees() {
        SplittableRandom random = new SplittableRandom(7);
        long[][] prices = new long[4][300];
        for (long[] asset : prices) {
            long p = 500_000 + random.nextLong(1_000_000) / 100 * 100;
            for (int b = 0; b < asset.length; b++) {
                // a random walk on the 0.01 tick, wide enough to cross every threshold of the built-in rules
                p = Math.max(10_000, p + (random.nextLong(2_001) - 1_000) * 100);
                asset[b] = p;
            }
        }
        // 350 shares per bar: a 100-share target fills 35 at a time, so orders carry over.
        Bundle bundle = HandMadeBundles.daily(prices, 350);
        TargetRule swing = new TargetRule(close().shift(3).lessThan(close()), 100,
                close().shift(3).greaterThan(close()), 0);
        TargetRule always = new TargetRule(close().greaterThan(constant(0)), 100, close().lessThan(constant(0)), 0);
        int partialFills = 0;
        for (TargetRule rule : new TargetRule[] {swing, always, BuiltinScenarios.HOURLY.rule(),
            BuiltinScenarios.MINUTE.rule()}) {
            Scenario s = new HandMadeBundles.TestScenario("hand", "hand-made", rule);
            BacktestResult nat = run(Modes.DECIMAL_NATIVE, bundle, s);
            SameResults.assertSame(nat, run(Modes.DECIMAL, bundle, s), rule.toString());
            SameResults.assertSame(nat, run(Modes.DECIMAL_FIXED, bundle, s), rule.toString());
            if (nat.trades() > 0 && nat.sharesFilled() < nat.trades() * 100) {
                partialFills++;
            }
        }
        assertThat(partialFills).isPositive();
    }

    private static BacktestResult run(String mode, Bundle bundle, Scenario scenario) {
        return Kernels.load().require(mode).prepare(bundle, scenario, ExecutionRules.DEFAULT).runRecordingDecisions();
    }
}
