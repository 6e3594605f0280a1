package io.decibench.kernel.backtest;

import static io.decibench.kernel.backtest.TinyBundle.repeat;
import static io.decibench.kernel.expr.Expr.close;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.Decision;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The strategy and execution rules of the semantics page on a hand-made 11-bar bundle whose every amount is worked out
 * by hand in the comments: a 2/3-bar SMA crossover enters at bar 5 and exits at bar 9; orders fill at the next open.
 */
class StrategySemanticsTest {
    //                                 bar:  0     1     2     3    4    5     6     7     8     9    10
    static final long[] CLOSE = {1000, 1000, 1000, 900, 900, 1200, 1200, 1200, 1200, 1000, 1000};
    static final long[] OPEN = {1000, 1000, 1000, 1000, 900, 900, 1234, 1200, 1200, 1200, 1001};

    /** fastSum*3 > slowSum*2  <=>  SMA(2) > SMA(3). */
    static final TargetRule CROSSOVER = crossover(2, 3);

    static TargetRule crossover(int fast, int slow) {
        Expr fastSide = close().rollingSum(fast).times(slow);
        Expr slowSide = close().rollingSum(slow).times(fast);
        return new TargetRule(fastSide.greaterThan(slowSide), 100, fastSide.lessThan(slowSide), 0);
    }

    static Scenario scenario(TargetRule rule) {
        return new Scenario() {
            @Override public String name() { return "hand"; }
            @Override public String bundle() { return "tiny"; }
            @Override public TargetRule rule() { return rule; }
        };
    }

    static BacktestResult run(BacktestKernel kernel, Bundle bundle, TargetRule rule) {
        return kernel.prepare(bundle, scenario(rule), ExecutionRules.DEFAULT).run();
    }

    static List<BigDecimal> sessionValues(BacktestResult result) {
        return IntStream.range(0, result.sessionValues().size()).mapToObj(result.sessionValues()::get).toList();
    }

    static List<BigDecimal> money(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** The exact Java modes: every hand-worked amount below holds in each of them. */
    static final List<BacktestKernel> EXACT = List.of(new DecimalKernel(), new DecimalFixedKernel());

    @Test
    void crossoverTargetsChangeExactlyOnTheExpectedBarsInEveryJavaMode() {
        Bundle bundle = TinyBundle.daily(OPEN, CLOSE, repeat(10_000, 11));
        // bar 2: 2000*3 == 3000*2, neither holds; bars 3-4 fast below (target stays 0); 5-6 above -> 100 at bar 5;
        // 7-8 equal (stands); 9-10 below -> 0 at bar 9
        for (BacktestKernel kernel : List.of(new DecimalKernel(), new DecimalFixedKernel(), new FloatKernel())) {
            BacktestResult r = kernel.prepare(bundle, scenario(CROSSOVER), ExecutionRules.DEFAULT)
                    .runRecordingDecisions();
            assertThat(r.decisions()).as(kernel.mode())
                    .containsExactly(new Decision(0, 5, 100), new Decision(0, 9, 0));
            assertThat(kernel.prepare(bundle, scenario(CROSSOVER), ExecutionRules.DEFAULT).run().decisions())
                    .as("the measured run records nothing").isNull();
        }
    }

    @Test
    void decimalFillsAtTheNextOpenWithTheSlippedHalfEvenPrice() {
        for (BacktestKernel kernel : EXACT) {
            fillsAtTheNextOpen(run(kernel, TinyBundle.daily(OPEN, CLOSE, repeat(10_000, 11)), CROSSOVER));
        }
    }

    private static void fillsAtTheNextOpen(BacktestResult r) {
        // bar 6 buys 100 at 12.34 * 1.0005 = 12.346170 -> 12.3462: cash -1234.62 - 0.10 commission = -1234.72;
        // bar 10 sells 100 at 10.01 * 0.9995 = 10.004995 -> 10.0050: cash +1000.50 - 0.10 = -234.32
        assertThat(sessionValues(r)).containsExactlyElementsOf(money(
                "100000.0000", "100000.0000", "100000.0000", "100000.0000", "100000.0000", "100000.0000",
                "99965.2800", "99965.2800", "99965.2800", "99765.2800", "99765.6800"));
        assertThat(r.trades()).isEqualTo(2);
        assertThat(r.sharesFilled()).isEqualTo(200);
        assertThat(r.commissions()).isEqualTo(new BigDecimal("0.2000"));
        assertThat(r.finalValue()).isEqualTo(new BigDecimal("99765.6800"));
        assertThat(r.totalReturn()).isEqualTo(new BigDecimal("-0.002343200000"));
    }

    /** Volume caps of 30 and 50 shares: the standing target keeps the remainder filling on later bars. */
    static final long[] PARTIAL_VOLUME = {10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 300, 509, 10_000, 10_000,
            10_000};

    @Test
    void decimalPartialFillCarriesOverUntilTheTargetIsReached() {
        for (BacktestKernel kernel : EXACT) {
            partialFills(run(kernel, TinyBundle.daily(OPEN, CLOSE, PARTIAL_VOLUME), CROSSOVER));
        }
    }

    private static void partialFills(BacktestResult r) {
        // bar 6: floor(300*10/100) = 30 at 12.3462 -> cash -370.3860 - 0.0300 = -370.4160, V = +30*12.00
        // bar 7: floor(509*10/100) = 50 at 12.00*1.0005 = 12.0060 -> -600.3000 - 0.0500 -> cash -970.7660
        // bar 8: the remaining 20 at 12.0060 -> -240.1200 - 0.0200 -> cash -1210.9060, position 100
        // bar 10: sells 100 at 10.0050 -> +1000.5000 - 0.1000 -> cash -210.5060
        assertThat(sessionValues(r).subList(5, 11)).containsExactlyElementsOf(money(
                "100000.0000", "99989.5840", "99989.2340", "99989.0940", "99789.0940", "99789.4940"));
        assertThat(r.trades()).isEqualTo(4);
        assertThat(r.sharesFilled()).isEqualTo(200);
        assertThat(r.commissions()).isEqualTo(new BigDecimal("0.2000"));
    }

    @Test
    void floatAgreesWithTheHandLedgerWithinRoundingNoise() {
        BacktestResult full = run(new FloatKernel(), TinyBundle.daily(OPEN, CLOSE, repeat(10_000, 11)), CROSSOVER);
        BacktestResult partial = run(new FloatKernel(), TinyBundle.daily(OPEN, CLOSE, PARTIAL_VOLUME), CROSSOVER);

        assertThat(full.sessionValues().get(6).doubleValue()).isCloseTo(99965.28, within(1e-6));
        assertThat(full.finalValue().doubleValue()).isCloseTo(99765.68, within(1e-6));
        assertThat(full.commissions().doubleValue()).isCloseTo(0.2, within(1e-12));
        assertThat(full.trades()).isEqualTo(2);
        assertThat(partial.sessionValues().get(7).doubleValue()).isCloseTo(99989.234, within(1e-6));
        assertThat(partial.finalValue().doubleValue()).isCloseTo(99789.494, within(1e-6));
        assertThat(partial.trades()).isEqualTo(4);
        assertThat(partial.sharesFilled()).isEqualTo(200);
    }

    @Test
    void anOrderDecidedAtTheLastBarNeverFills() {
        long[] close = {1000, 1000, 1000, 900, 900, 1200};
        long[] open = {1000, 1000, 1000, 1000, 900, 900};
        for (BacktestKernel kernel : EXACT) {
            BacktestResult r = run(kernel, TinyBundle.daily(open, close, repeat(10_000, 6)), CROSSOVER);
            assertThat(r.trades()).isZero();
            assertThat(r.finalValue()).isEqualTo(new BigDecimal("100000.0000"));
            assertThat(r.sharpe()).isEqualTo(new BigDecimal("0E-12"));
        }
    }

    @Test
    void sessionValuesSumEveryAssetAtIntradaySessionCloses() {
        // two assets, two sessions of three bars; asset 1 never trades (its condition never holds)
        long[][] open = {{1000, 1000, 1000, 1000, 1000, 1000}, {500, 500, 500, 500, 500, 500}};
        long[][] close = {{1000, 1100, 1000, 1000, 1000, 1200}, {500, 500, 500, 500, 500, 500}};
        long[][] volume = {repeat(10_000, 6), repeat(10_000, 6)};
        Bundle bundle = TinyBundle.withSessions(open, close, volume, new int[] {2, 5});
        TargetRule aboveTen = new TargetRule(close().greaterThan(Expr.constant(10)), 100,
                close().lessThan(Expr.constant(0)), 0);

        for (BacktestKernel kernel : EXACT) {
            intradaySessions(run(kernel, bundle, aboveTen));
        }
    }

    private static void intradaySessions(BacktestResult r) {
        // asset 0 enters at bar 1 (11.00 > 10), buys 100 at bar 2's open 10.00*1.0005 = 10.0050: cash -1000.6000
        // session 0 closes at bar 2 (close 10.00): 100000 - 1000.60 + 1000.00; session 1 at bar 5 (12.00)
        assertThat(sessionValues(r)).containsExactlyElementsOf(money("99999.4000", "100199.4000"));
        assertThat(r.trades()).isEqualTo(1);
    }

    @Test
    void aPortfolioValueBelowZeroStopsTheRunNamingTheSession() {
        // capital 100: buying 100 shares at 10.0050 leaves cash -900.6000; at a 9.00 close the value is -0.6000
        long[] close = {1100, 1000, 900, 900};
        long[] open = {1000, 1000, 1000, 900};
        Bundle bundle = TinyBundle.daily(open, close, repeat(10_000, 4));
        TargetRule aboveTen = new TargetRule(close().greaterThan(Expr.constant(10)), 100,
                close().lessThan(Expr.constant(0)), 0);
        ExecutionRules small = new ExecutionRules(new BigDecimal("100.0000"), 5, 10, new BigDecimal("0.001"), 252);

        for (BacktestKernel kernel : List.of(new DecimalKernel(), new DecimalFixedKernel(), new FloatKernel())) {
            var backtest = kernel.prepare(bundle, scenario(aboveTen), small);
            assertThatThrownBy(backtest::run)
                    .as(kernel.mode())
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("session 2 (2024-01-04)");
        }
    }
}
