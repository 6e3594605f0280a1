package io.decibench.kernel.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/**
 * The metric formulas and rounding points of the semantics page, on hand series. Every decimal case is computed by the
 * SPI's BigDecimal metrics and checked to agree bit for bit with the 64-bit fixed-point metrics.
 */
class MetricsTest {
    static final BigDecimal CAPITAL = new BigDecimal("100.0000");
    static final IntFunction<LocalDate> DATES = s -> LocalDate.of(2024, 1, 2).plusDays(s);
    static final BigDecimalArithmetic BIG = new BigDecimalArithmetic();

    static Metrics decimal(String... values) {
        BigDecimal[] v = Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
        Metrics m = ArithmeticMetrics.of(BIG, v, CAPITAL, 252, DATES);
        long[] unscaled = Arrays.stream(v).mapToLong(x -> x.setScale(4).unscaledValue().longValueExact()).toArray();
        long[] fixed = FixedMetrics.of(unscaled, 1_000_000, 252, DATES);
        assertThat(new BigDecimal[] {m.totalReturn(), m.maxDrawdown(), m.annualVolatility(), m.sharpe(), m.sortino()})
                .as("fixed-point metrics of %s", Arrays.toString(values))
                .containsExactly(Arrays.stream(fixed).mapToObj(u -> BigDecimal.valueOf(u, 12)).toArray(BigDecimal[]::new));
        return m;
    }

    static BigDecimal sqrt12(BigDecimal x) {
        BigDecimal big = BIG.sqrt(x, 12);
        long unscaled = x.setScale(12).unscaledValue().longValueExact();
        assertThat(BigDecimal.valueOf(FixedMath.sqrt(unscaled, 12, 12), 12)).isEqualTo(big);
        return big;
    }

    static Metrics dbl(double... values) {
        return DoubleMetrics.of(values, 100.0, 252, DATES);
    }

    static BigDecimal ratio(String value) {
        return new BigDecimal(value);
    }

    @Test
    void sqrt12OfPerfectSquaresIsExact() {
        assertThat(sqrt12(new BigDecimal("4"))).isEqualTo(ratio("2.000000000000"));
        assertThat(sqrt12(new BigDecimal("0.000001"))).isEqualTo(ratio("0.001000000000"));
        assertThat(sqrt12(BigDecimal.ZERO)).isEqualTo(ratio("0.000000000000"));
    }

    @Test
    void sqrt12RoundsToNearestJustBelowAndJustAboveAHalf() {
        // N = 10^24 + 10^12: N - f^2 = f, the root 1 + 5e-13 - tiny lies just below the half -> f
        assertThat(sqrt12(new BigDecimal("1.000000000001"))).isEqualTo(ratio("1.000000000000"));
        // N = 10^24 + 10^12 + 1: N - f^2 = f + 1, just above the half -> f + 1
        assertThat(BIG.sqrt(new BigDecimal("1.000000000001000000000001"), 12)).isEqualTo(ratio("1.000000000001"));
        // sqrt(2) = 1.41421356237309504..., and a value that needs rounding up: sqrt(3) = 1.7320508075688772...
        assertThat(sqrt12(new BigDecimal("2"))).isEqualTo(ratio("1.414213562373"));
        assertThat(sqrt12(new BigDecimal("3"))).isEqualTo(ratio("1.732050807569"));
    }

    @Test
    void fixedSqrtRejectsNegativeValues() {
        assertThatThrownBy(() -> FixedMath.sqrt(-1, 12, 12)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void maxDrawdownIsTheDeepestFallFromTheRunningPeakIncludingCapital() {
        // peaks 110, 110, 120, 120, 130: falls 0, 11/110 = 0.1, 0, 30/120 = 0.25, 0
        Metrics m = decimal("110.0000", "99.0000", "120.0000", "90.0000", "130.0000");
        assertThat(m.maxDrawdown()).isEqualTo(ratio("0.250000000000"));
        assertThat(m.totalReturn()).isEqualTo(ratio("0.300000000000"));
        // the capital is the first peak: a first session at 80 is a 20% drawdown
        assertThat(decimal("80.0000", "85.0000").maxDrawdown()).isEqualTo(ratio("0.200000000000"));
        assertThat(dbl(110, 99, 120, 90, 130).maxDrawdown().doubleValue()).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void sharpeAndSortinoAreZeroWhenTheirDenominatorIsZero() {
        // constant 10% returns: variance 0 (Sharpe 0) and no negative return (Sortino 0)
        Metrics growing = decimal("110.0000", "121.0000", "133.1000");
        assertThat(growing.annualVolatility()).isEqualTo(ratio("0.000000000000"));
        assertThat(growing.sharpe()).isEqualTo(ratio("0.000000000000"));
        assertThat(growing.sortino()).isEqualTo(ratio("0.000000000000"));
        // in double those returns differ in their last bits, so only a flat series has a zero variance there
        Metrics dblFlat = dbl(100, 100, 100);
        assertThat(dblFlat.sharpe().doubleValue()).isZero();
        assertThat(dblFlat.sortino().doubleValue()).isZero();
        // one session: variance is 0 by definition
        assertThat(decimal("90.0000").sharpe()).isEqualTo(ratio("0.000000000000"));
    }

    @Test
    void sharpeAndSortinoFollowTheRoundingPoints() {
        // r = 0.1, -0.05; mean 0.025; variance (0.075^2 * 2) / 1 = 0.01125; downside variance 0.0025 / 2 = 0.00125
        Metrics m = decimal("110.0000", "104.5000");
        BigDecimal volatility = new BigDecimal("2.835").sqrt(MathContext.DECIMAL128).setScale(12, RoundingMode.HALF_EVEN);
        BigDecimal downside = new BigDecimal("0.315").sqrt(MathContext.DECIMAL128).setScale(12, RoundingMode.HALF_EVEN);
        assertThat(m.annualVolatility()).isEqualTo(volatility);
        assertThat(m.sharpe()).isEqualTo(new BigDecimal("6.3").divide(volatility, 12, RoundingMode.HALF_EVEN));
        assertThat(m.sortino()).isEqualTo(new BigDecimal("6.3").divide(downside, 12, RoundingMode.HALF_EVEN));

        Metrics d = dbl(110, 104.5);
        assertThat(d.sharpe().doubleValue()).isCloseTo(6.3 / Math.sqrt(2.835), within(1e-12));
        assertThat(d.sortino().doubleValue()).isCloseTo(6.3 / Math.sqrt(0.315), within(1e-12));
    }

    @Test
    void noSessionsGiveZeroMetrics() {
        Metrics m = decimal();
        assertThat(m.totalReturn()).isEqualTo(ratio("0.000000000000"));
        assertThat(m.maxDrawdown()).isEqualTo(ratio("0.000000000000"));
        assertThat(m.sortino()).isEqualTo(ratio("0.000000000000"));
    }

    @Test
    void aNonPositivePortfolioValueNamesTheSession() {
        assertThatThrownBy(() -> decimal("50.0000", "0.0000", "10.0000"))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("session 1 (2024-01-03)");
        assertThatThrownBy(() -> dbl(50, -1, 10))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("session 1 (2024-01-03)");
    }
}
