package io.decibench.kernel.backtest;

import io.decibench.kernel.spi.ScalarArithmetic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A user-style arithmetic for tests: a {@link Money} class of the kind a team writes around BigDecimal (an amount and
 * a currency, immutable, its own method names), plugged in through the public SPI under its own mode name. Registered
 * in the test classpath's {@code META-INF/services/io.decibench.kernel.spi.ScalarArithmetic}.
 */
public final class MoneyArithmetic implements ScalarArithmetic<MoneyArithmetic.Money> {
    public static final String MODE = "test-money";

    /** An amount in one currency, as a team's own money type would hold it. */
    public record Money(BigDecimal amount, String currency) {
        Money plus(Money other) {
            return new Money(amount.add(other.amount), currency);
        }

        Money minus(Money other) {
            return new Money(amount.subtract(other.amount), currency);
        }

        Money times(BigDecimal factor) {
            return new Money(amount.multiply(factor), currency);
        }
    }

    private static Money usd(BigDecimal amount) {
        return new Money(amount, "USD");
    }

    @Override public String mode() { return MODE; }
    @Override public boolean exact() { return true; }
    @Override public Money valueOf(long unscaled, int scale) { return usd(BigDecimal.valueOf(unscaled, scale)); }
    @Override public Money add(Money a, Money b) { return a.plus(b); }
    @Override public Money subtract(Money a, Money b) { return a.minus(b); }
    @Override public Money multiply(Money a, Money b) { return a.times(b.amount()); }
    @Override public Money abs(Money a) { return usd(a.amount().abs()); }
    @Override public int compare(Money a, Money b) { return a.amount().compareTo(b.amount()); }
    @Override public int signum(Money a) { return a.amount().signum(); }

    @Override
    public Money divide(Money a, Money b, int scale, RoundingMode rounding) {
        return usd(a.amount().divide(b.amount(), scale, rounding));
    }

    @Override
    public Money sqrt(Money a, int scale) {
        BigInteger n = a.amount().setScale(2 * scale).unscaledValue();
        BigInteger f = n.sqrt();
        return usd(new BigDecimal(n.subtract(f.multiply(f)).compareTo(f) > 0 ? f.add(BigInteger.ONE) : f, scale));
    }

    @Override
    public Money round(Money a, int scale, RoundingMode rounding) {
        return usd(a.amount().setScale(scale, rounding));
    }

    @Override
    public BigDecimal toBigDecimal(Money a) {
        return a.amount();
    }
}
