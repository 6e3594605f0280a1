package io.decibench.kernel.backtest;

import static io.decibench.kernel.backtest.TinyBundle.repeat;
import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.Cond;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.Target;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.Decision;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The nodes and targets of the column API on hand-made bundles, each amount worked out by hand, in every Java mode
 * (and the test's user arithmetic): value and short targets, EMA rounding and warm-up, the five rounding modes,
 * division, square root, rolling extremes, and the errors a user can meet.
 */
class ColumnApiSemanticsTest {
    static final Kernels KERNELS = Kernels.load();
    static final List<String> EXACT = List.of("decimal", "decimal-fixed", MoneyArithmetic.MODE);
    static final List<String> ALL = List.of("float", "decimal", "decimal-fixed", MoneyArithmetic.MODE);
    static final Cond NEVER = close().lessThan(constant(0));

    static BacktestResult run(String mode, Bundle bundle, TargetRule rule) {
        BacktestKernel kernel = KERNELS.require(mode);
        return kernel.prepare(bundle, StrategySemanticsTest.scenario(rule), ExecutionRules.DEFAULT)
                .runRecordingDecisions();
    }

    static Bundle flat(long cents, int bars) {
        return TinyBundle.daily(repeat(cents, bars), repeat(cents, bars), repeat(10_000, bars));
    }

    @Test
    void aValueTargetBuysTheWholeSharesTheAmountPaysForAtTheDecisionClose() {
        // trunc(1000.0000 / 12.3400) = 81 (81.037...); bought at bar 1's open 12.34 * 1.0005 = 12.346170 -> 12.3462
        TargetRule rule = new TargetRule(close().greaterThan(constant(0)), Target.value("1000"), NEVER,
                Target.shares(0));
        for (String mode : ALL) {
            BacktestResult r = run(mode, flat(1234, 4), rule);
            assertThat(r.decisions()).as(mode).containsExactly(new Decision(0, 0, 81));
            assertThat(r.sharesFilled()).as(mode).isEqualTo(81);
            // cash -81 * 12.3462 - 0.081 = -1000.1232; position 81 * 12.34 = 999.54
            assertThat(r.finalValue().doubleValue()).as(mode).isCloseTo(99_999.4168, org.assertj.core.api.Assertions
                    .within(1e-6));
        }
    }

    @Test
    void negativeTargetsAreShortPositionsAndSellsSlipAgainstTheTrader() {
        // exit holds from bar 0: -50 shares sold at bar 1 at 10.00 * 0.9995 = 9.9950; cash +499.75 - 0.05 commission
        TargetRule shortShares = new TargetRule(NEVER, Target.shares(0), close().greaterThan(constant(0)),
                Target.shares(-50));
        // trunc(-1000 / 12.34) = -81, toward zero
        TargetRule shortValue = new TargetRule(close().greaterThan(constant(0)), Target.value("-1000"), NEVER,
                Target.shares(0));
        for (String mode : EXACT) {
            BacktestResult r = run(mode, flat(1000, 3), shortShares);
            assertThat(r.decisions()).as(mode).containsExactly(new Decision(0, 0, -50));
            // 100000 + 499.70 - 50 * 10.00
            assertThat(r.finalValue()).as(mode).isEqualTo(new BigDecimal("99999.7000"));
            assertThat(run(mode, flat(1234, 3), shortValue).decisions()).as(mode)
                    .containsExactly(new Decision(0, 0, -81));
        }
        assertThat(run("float", flat(1000, 3), shortShares).finalValue().doubleValue())
                .isCloseTo(99_999.7, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void anEmaIsSeededAtItsInputsFirstBarRoundedEveryBarAndDefinedAfterItsWindow() {
        // closes 10, 11, 13, 13; ema(3) at 2 places, alpha 2/4: 10.00, (10*2 + 11*2)/4 = 10.50, (10.5*2 + 13*2)/4 =
        // 11.75 (defined from bar 2), then 12.375 -> HALF_EVEN 12.38
        Bundle bundle = TinyBundle.daily(new long[] {1000, 1100, 1300, 1300}, new long[] {1000, 1100, 1300, 1300},
                repeat(10_000, 4));
        Expr ema = close().ema(3, 2);
        TargetRule at1175 = new TargetRule(ema.atLeast(constant("11.75")).and(ema.atMost(constant("11.75"))),
                Target.shares(7), NEVER, Target.shares(0));
        TargetRule at1238 = new TargetRule(ema.atLeast(constant("12.38")).and(ema.atMost(constant("12.38"))),
                Target.shares(7), NEVER, Target.shares(0));
        for (String mode : EXACT) {
            assertThat(run(mode, bundle, at1175).decisions()).as(mode).containsExactly(new Decision(0, 2, 7));
            assertThat(run(mode, bundle, at1238).decisions()).as(mode).containsExactly(new Decision(0, 3, 7));
        }
        // float does not round: 11.75 exactly at bar 2 (a binary fraction), 12.375 at bar 3
        assertThat(run("float", bundle, at1175).decisions()).containsExactly(new Decision(0, 2, 7));
        assertThat(run("float", bundle, at1238).decisions()).isEmpty();
    }

    @Test
    void everyRoundingModeRoundsMinusTwoAndAHalfAsJavaMathDoes() {
        Bundle bundle = flat(1000, 2);
        Expr x = constant("-2.5");
        for (RoundingMode m : Expr.ROUNDING_MODES) {
            long expected = new BigDecimal("-2.5").setScale(0, m).longValueExact();
            Expr r = x.round(0, m);
            TargetRule rule = new TargetRule(r.atLeast(constant(expected)).and(r.atMost(constant(expected))),
                    Target.shares(1), NEVER, Target.shares(0));
            for (String mode : ALL) {
                assertThat(run(mode, bundle, rule).decisions()).as(mode + " " + m)
                        .containsExactly(new Decision(0, 0, 1));
            }
        }
    }

    @Test
    void divisionAndSquareRootRoundOnceAtTheirScale() {
        Bundle bundle = flat(1000, 2);
        Expr twoThirds = constant(2).dividedBy(constant(3), 4, RoundingMode.HALF_EVEN); // 0.6667
        Expr down = constant(-2).dividedBy(constant(3), 4, RoundingMode.DOWN); // -0.6666
        Expr root = constant(2).sqrt(4); // 1.41421356... -> 1.4142
        Cond all = equal(twoThirds, "0.6667").and(equal(down, "-0.6666")).and(equal(root, "1.4142"));
        for (String mode : EXACT) {
            assertThat(run(mode, bundle, new TargetRule(all, Target.shares(3), NEVER, Target.shares(0))).decisions())
                    .as(mode).containsExactly(new Decision(0, 0, 3));
        }
    }

    private static Cond equal(Expr e, String value) {
        return e.atLeast(constant(value)).and(e.atMost(constant(value)));
    }

    @Test
    void rollingExtremesAndNotAreFalseDuringTheirWarmUp() {
        // closes 10, 12, 11, 9, 13: max over 3 bars from bar 2: 12, 12, 13; min: 10, 9, 9
        long[] cents = {1000, 1200, 1100, 900, 1300};
        Bundle bundle = TinyBundle.daily(cents, cents, repeat(10_000, 5));
        Cond maxIs12 = equal(close().rollingMax(3), "12");
        Cond minIs9 = equal(close().rollingMin(3), "9");
        TargetRule rule = new TargetRule(minIs9, Target.shares(2), maxIs12.not(), Target.shares(1));
        for (String mode : ALL) {
            // bar 2: max 12 -> not() false, min 10; bar 3: min 9 -> 2; bar 4: min 9 -> 2 stands
            assertThat(run(mode, bundle, rule).decisions()).as(mode).containsExactly(new Decision(0, 3, 2));
        }
    }

    @Test
    void aZeroDivisorNamesTheNodeAssetBarAndSessionInEveryMode() {
        Expr zero = close().minus(close());
        TargetRule rule = new TargetRule(close().dividedBy(zero, 4, RoundingMode.HALF_EVEN).greaterThan(constant(0)),
                Target.shares(1), NEVER, Target.shares(0));
        for (String mode : ALL) {
            assertThatThrownBy(() -> run(mode, flat(1000, 3), rule)).as(mode)
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageStartingWith("division by zero in (close / (close - close), scale 4 HALF_EVEN) for"
                            + " asset T0, bar 0 (session 2024-01-02)")
                    .hasMessageContaining("Fix:");
        }
    }

    @Test
    void aNegativeSquareRootNamesTheNodeInEveryMode() {
        TargetRule rule = new TargetRule(close().minus(constant(100)).sqrt(2).greaterThan(constant(0)),
                Target.shares(1), NEVER, Target.shares(0));
        for (String mode : ALL) {
            assertThatThrownBy(() -> run(mode, flat(1000, 3), rule)).as(mode)
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("square root of a negative value")
                    .hasMessageContaining("in sqrt((close - 100), scale 2) for asset T0, bar 0")
                    .hasMessageContaining("Fix:");
        }
    }

    @Test
    void decimalFixedReportsA64BitOverflowWhereDecimalHasTheExactValue() {
        // 12.34^4 at scale 16 is 2.3e20 unscaled: beyond 64 bits
        Expr fourth = close().times(close()).times(close()).times(close());
        TargetRule rule = new TargetRule(fourth.greaterThan(constant(0)), Target.shares(1), NEVER, Target.shares(0));
        assertThat(run("decimal", flat(1234, 3), rule).decisions()).containsExactly(new Decision(0, 0, 1));
        assertThatThrownBy(() -> run("decimal-fixed", flat(1234, 3), rule))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("decimal overflow in close*close*close*close for asset T0, bar 0 (session"
                        + " 2024-01-02)")
                .hasMessageContaining("scale 16 does not fit 64 bits")
                .hasMessageContaining("run this scenario in mode decimal");
    }

    /** The RSI and Bollinger examples of the site's "Column API" page, as written there, on the hourly preset. */
    @Test
    void theColumnApiPagesWorkedExamplesTradeAndAgreeInEveryExactMode() {
        io.decibench.kernel.bundle.BundleStore store = new io.decibench.kernel.bundle.BundleStore(
                java.nio.file.Path.of("target", "test-bundles"));
        store.ensure(io.decibench.kernel.bundle.Presets.byName("profiling-hourly").orElseThrow());
        Bundle bundle = store.open("profiling-hourly");

        Expr change = close().minus(close().shift(1));
        Expr gain = change.max(constant(0));
        Expr loss = change.negate().max(constant(0));
        Expr g = gain.rollingSum(14);
        Expr l = loss.rollingSum(14);
        TargetRule cutler = new TargetRule(g.times(70).lessThan(l.times(30)), 100,
                g.times(30).greaterThan(l.times(70)), 0);
        Expr wg = gain.wilder(14, 6);
        Expr wl = loss.wilder(14, 6);
        TargetRule wilder = new TargetRule(wg.times(70).lessThan(wl.times(30)), Target.value("5000"),
                wg.times(30).greaterThan(wl.times(70)), Target.shares(0));

        Expr sum = close().rollingSum(20);
        Expr mean = sum.dividedBy(constant(20), 6, RoundingMode.HALF_EVEN);
        Expr variance = close().squared().rollingSum(20).times(20).minus(sum.squared())
                .dividedBy(constant(400), 8, RoundingMode.HALF_EVEN);
        Expr sd = variance.sqrt(6);
        TargetRule bollinger = new TargetRule(close().lessThan(mean.minus(sd.times(2))), 100,
                close().greaterThan(mean.plus(sd.times(2))), 0);

        for (TargetRule rule : List.of(cutler, wilder, bollinger)) {
            BacktestResult exact = run("decimal", bundle, rule);
            assertThat(exact.trades()).as(rule.toString()).isPositive();
            for (String mode : List.of("decimal-fixed", MoneyArithmetic.MODE)) {
                BacktestResult other = run(mode, bundle, rule);
                assertThat(other.decisions()).as(mode).isEqualTo(exact.decisions());
                assertThat(other.finalValue()).as(mode).isEqualTo(exact.finalValue());
                assertThat(other.sharpe()).as(mode).isEqualTo(exact.sharpe());
            }
            assertThat(run("float", bundle, rule).trades()).isPositive();
        }
    }
}
