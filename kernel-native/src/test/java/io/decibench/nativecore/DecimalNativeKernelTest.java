package io.decibench.nativecore;

import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The {@code decimal-native} kernel on hand-made bundles whose ledgers are worked out by hand. */
class DecimalNativeKernelTest {
    /** Buy 100 shares as soon as possible and hold them. */
    private static final TargetRule ALWAYS_LONG =
            new TargetRule(close().greaterThan(constant(0)), 100, close().lessThan(constant(0)), 0);

    @Test
    void isFoundThroughServiceLoaderAndAvailable() {
        assertThat(Kernels.load().require(Modes.DECIMAL_NATIVE)).isInstanceOf(DecimalNativeKernel.class);
    }

    @Test
    void partialFillsCarryOverAndTheLedgerIsExact() {
        // 500 shares trade per bar, so 10% = 50 fill: the 100-share target fills over bars 1 and 2.
        Bundle bundle = HandMadeBundles.daily(new long[][] {{1_000_000, 1_000_000, 1_010_000, 1_020_000}}, 500);
        BacktestResult r = new DecimalNativeKernel()
                .prepare(bundle, new HandMadeBundles.TestScenario("hold", "hand-made", ALWAYS_LONG), ExecutionRules.DEFAULT)
                .run();
        // Bar 1: 50 at 100.0500 (100 * 1.0005) + 0.05 commission; bar 2: 50 at 101.0505 + 0.05.
        assertThat(r.sessionValues().size()).isEqualTo(4);
        assertThat(r.sessionValues().get(1)).isEqualTo(new BigDecimal("99997.4500"));
        assertThat(r.sessionValues().get(2)).isEqualTo(new BigDecimal("100044.8750"));
        assertThat(r.finalValue()).isEqualTo(new BigDecimal("100144.8750"));
        assertThat(r.trades()).isEqualTo(2);
        assertThat(r.sharesFilled()).isEqualTo(100);
        assertThat(r.commissions()).isEqualTo(new BigDecimal("0.1000"));
        assertThat(r.totalReturn()).isEqualTo(new BigDecimal("0.001448750000"));
        assertThat(r.maxDrawdown()).isEqualTo(new BigDecimal("0.000025500000"));
        assertThat(r.mode()).isEqualTo(Modes.DECIMAL_NATIVE);
        assertThat(r.scenario()).isEqualTo("hold");
    }

    @Test
    void runIsRepeatableOnOnePreparedBacktest() {
        Bundle bundle = HandMadeBundles.daily(new long[][] {{1_000_000, 1_001_000, 999_900, 1_002_300, 1_010_000}}, 700);
        var backtest = new DecimalNativeKernel().prepare(bundle,
                new HandMadeBundles.TestScenario("hold", "hand-made", ALWAYS_LONG), ExecutionRules.DEFAULT);
        assertThat(backtest.run().fields()).isEqualTo(backtest.run().fields());
    }

    @Test
    void overflowNamesOperationAssetAndBar() {
        long[] normal = new long[30];
        long[] huge = new long[30];
        for (int b = 0; b < 30; b++) {
            normal[b] = 1_000_000 + 100L * b;
            // From bar 3 on, 1,000,000.00 dollars: close*close = 10^20 at scale 8 does not fit 64 bits.
            huge[b] = b < 3 ? 1_000_000 : 10_000_000_000L;
        }
        Bundle bundle = HandMadeBundles.daily(new long[][] {normal, huge}, 1_000);
        var minute = new HandMadeBundles.TestScenario("minute", "hand-made", BuiltinScenarios.MINUTE.rule());
        var backtest = new DecimalNativeKernel().prepare(bundle, minute, ExecutionRules.DEFAULT);
        assertThatThrownBy(backtest::run).isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("decimal overflow in close*close for asset SYM001, bar 3 (session "
                        + HandMadeBundles.FIRST.plusDays(3) + ")")
                .hasMessageContaining("mode decimal");
    }

    @Test
    void moneyRulesBeyondFourPlacesAreRefusedAtPrepare() {
        Bundle bundle = HandMadeBundles.daily(new long[][] {{1_000_000, 1_000_000}}, 500);
        ExecutionRules rules = new ExecutionRules(new BigDecimal("100000"), 5, 10, new BigDecimal("0.00015"), 252);
        assertThatThrownBy(() -> new DecimalNativeKernel()
                .prepare(bundle, new HandMadeBundles.TestScenario("hold", "hand-made", ALWAYS_LONG), rules))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commissionPerShare = 0.00015");
    }
}
