package io.decibench.kernel.backtest;

import static io.decibench.kernel.backtest.TinyBundle.repeat;
import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;
import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.BacktestResult;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/**
 * The cent double loses: buying 100 shares at an open of 100.30 slips to 100.30 * 1.0005 = 100.350150, a tie at 4
 * places. HALF_EVEN gives 100.3502; double's product is 1003501.4999999999 (times 10^4), which rint takes to 100.3501,
 * so the float ledger pays 0.0001 per share, one cent on 100 shares, less than the exact one.
 */
class LedgerTieTest {
    static final TargetRule ALWAYS_LONG = new TargetRule(close().greaterThan(constant(0)), 100,
            close().lessThan(constant(0)), 0);

    final Bundle bundle = TinyBundle.daily(repeat(10_030, 3), repeat(10_030, 3), repeat(10_000, 3));

    @Test
    void decimalRoundsTheTieHalfEven() {
        BacktestResult r = StrategySemanticsTest.run(new DecimalKernel(), bundle, ALWAYS_LONG);

        // bar 1 buys 100 at 100.3502: cash -10035.0200 - 0.1000; position worth 10030.0000
        assertThat(r.finalValue()).isEqualTo(new BigDecimal("99994.8800"));
        assertThat(r.trades()).isEqualTo(1);
    }

    @Test
    void doubleLosesExactlyOneCentOnTheTie() {
        BacktestResult exact = StrategySemanticsTest.run(new DecimalKernel(), bundle, ALWAYS_LONG);
        BacktestResult dbl = StrategySemanticsTest.run(new FloatKernel(), bundle, ALWAYS_LONG);

        BigDecimal floatToCents = dbl.finalValue().setScale(2, RoundingMode.HALF_EVEN);
        assertThat(floatToCents).isEqualTo(new BigDecimal("99994.89"));
        assertThat(floatToCents.subtract(exact.finalValue())).isEqualByComparingTo("0.01");
    }
}
