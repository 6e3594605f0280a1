package io.decibench.nativecore;

import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;
import static io.decibench.kernel.expr.Expr.volume;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.Cond;
import io.decibench.kernel.expr.Target;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.ExecutionRules;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every failure the native core reports has its own status and reaches the user as an exception naming the node (or
 * ledger step or target), the asset symbol, the bar and its session date, with the fix.
 */
class NativeErrorsTest {
    private static final List<BacktestKernel> BOTH = List.of(new FloatNativeKernel(), new DecimalNativeKernel());
    private static final String DAY3 = "session " + HandMadeBundles.FIRST.plusDays(3);

    /** Asset 0 is harmless; asset 1 (SYM001) has the bad value from bar 3 on. */
    private static Bundle bundle(long normal, long bad) {
        long[][] prices = new long[2][12];
        for (int b = 0; b < 12; b++) {
            prices[0][b] = normal;
            prices[1][b] = b < 3 ? normal : bad;
        }
        return HandMadeBundles.daily(prices, 1_000);
    }

    private static void run(BacktestKernel kernel, Bundle bundle, TargetRule rule) {
        kernel.prepare(bundle, new HandMadeBundles.TestScenario("bad", "hand-made", rule), ExecutionRules.DEFAULT).run();
    }

    private static TargetRule when(Cond c) {
        return new TargetRule(c, 10, c.not(), 0);
    }

    @Test
    void aZeroDivisorNamesTheDivisionInEveryMode() {
        // close / (close - 100): the divisor is 0 where the close is 100.00.
        var ratio = close().dividedBy(close().minus(constant(100)), 4, RoundingMode.HALF_EVEN);
        for (BacktestKernel k : BOTH) {
            assertThatThrownBy(() -> run(k, bundle(1_010_000, 1_000_000), when(ratio.greaterThan(constant(0)))))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageStartingWith("division by zero in (close / (close - 100), scale 4 HALF_EVEN) for asset"
                            + " SYM001, bar 3 (" + DAY3 + ")")
                    .hasMessageContaining("in mode " + k.mode())
                    .hasMessageContaining("the divisor (close - 100) is 0")
                    .hasMessageContaining("divisor.max(constant(\"0.0001\"))");
        }
    }

    @Test
    void aNegativeSquareRootNamesTheRootInEveryMode() {
        var root = close().minus(constant(100)).sqrt(2);
        for (BacktestKernel k : BOTH) {
            assertThatThrownBy(() -> run(k, bundle(1_010_000, 990_000), when(root.greaterThan(constant(0)))))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageStartingWith("square root of a negative value in sqrt((close - 100), scale 2) for asset"
                            + " SYM001, bar 3 (" + DAY3 + ")")
                    .hasMessageContaining("x.abs() or x.max(constant(0))");
        }
    }

    @Test
    void aValueTargetNeedsAPositiveClose() {
        TargetRule rule = new TargetRule(close().atLeast(constant(0)), Target.value("1000"), close().lessThan(constant(0)),
                Target.shares(0));
        for (BacktestKernel k : BOTH) {
            assertThatThrownBy(() -> run(k, bundle(1_000_000, 0), rule))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageStartingWith("a value target needs a positive close to size the position: the enter"
                            + " target value 1000.0000 for asset SYM001, bar 3 (" + DAY3 + ")")
                    .hasMessageContaining("meets a close of 0.0000")
                    .hasMessageContaining("use a share target");
        }
    }

    @Test
    void aPortfolioBeyond64BitsIsALedgerOverflow() {
        // 10^12 dollars at 0.0001 a share is 10^16 shares; at a close of 1.00 they are worth 10^16 dollars (10^20 at
        // scale 4), beyond 64 bits. In double the ledger has no such limit.
        long[][] prices = {{1, 1, 1, 10_000, 10_000}};
        Bundle bundle = HandMadeBundles.daily(prices, 200_000_000_000_000_000L);
        TargetRule rule = new TargetRule(close().atLeast(constant(0)), Target.value("1000000000000"),
                close().lessThan(constant(0)), Target.shares(0));
        assertThatThrownBy(() -> run(new DecimalNativeKernel(), bundle, rule))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("decimal overflow in portfolio value cash + position*close for asset SYM000,"
                        + " bar 3 (session " + HandMadeBundles.FIRST.plusDays(3) + ")")
                .hasMessageContaining("mode decimal");
    }

    @Test
    void aNonPositivePortfolioValueNamesItsSessionInEveryMode() {
        // 2,000 shares at 100.05 (cash -200,102) are worth 2,000 at a close of 1.00: about -98,102 at session 2.
        Bundle bundle = HandMadeBundles.daily(new long[][] {{1_000_000, 1_000_000, 10_000, 10_000}}, 1_000_000);
        TargetRule rule = new TargetRule(close().greaterThan(constant(0)), 2_000, close().lessThan(constant(0)), 0);
        for (BacktestKernel k : BOTH) {
            assertThatThrownBy(() -> run(k, bundle, rule))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageStartingWith("Portfolio value -98102.0000")
                    .hasMessageContaining("at the close of session 2 (" + HandMadeBundles.FIRST.plusDays(2) + ")")
                    .hasMessageContaining("in mode " + k.mode())
                    .hasMessageContaining("Raise the capital");
        }
    }

    @Test
    void volumeIsAnIntegerNodeToo() {
        // volume / 0 names the volume expression (scale 0 operands).
        var perShare = volume().dividedBy(volume().minus(volume()), 0, RoundingMode.DOWN);
        for (BacktestKernel k : BOTH) {
            assertThatThrownBy(() -> run(k, bundle(1_000_000, 1_000_000), when(perShare.greaterThan(constant(1)))))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageStartingWith("division by zero in (volume / (volume - volume), scale 0 DOWN) for asset"
                            + " SYM000, bar 0 (session " + HandMadeBundles.FIRST + ")");
        }
    }
}
