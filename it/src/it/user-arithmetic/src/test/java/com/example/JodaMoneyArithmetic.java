package com.example;

import io.decibench.kernel.spi.ScalarArithmetic;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Mode joda-money: every value a BigMoney in USD, the way a Joda-Money ledger holds its amounts. */
public class JodaMoneyArithmetic implements ScalarArithmetic<BigMoney> {
    private static final CurrencyUnit USD = CurrencyUnit.USD;

    @Override public String mode() { return "joda-money"; }
    @Override public boolean exact() { return true; }

    @Override public BigMoney valueOf(long unscaled, int scale) {
        return BigMoney.of(USD, BigDecimal.valueOf(unscaled, scale));
    }
    @Override public BigMoney add(BigMoney a, BigMoney b) { return a.plus(b); }
    @Override public BigMoney subtract(BigMoney a, BigMoney b) { return a.minus(b); }
    // a price times a price (a strategy's squares) is not money; Joda multiplies by the amount
    @Override public BigMoney multiply(BigMoney a, BigMoney b) { return a.multipliedBy(b.getAmount()); }
    @Override public BigMoney multiply(BigMoney a, long factor) { return a.multipliedBy(factor); }
    @Override public BigMoney abs(BigMoney a) { return a.abs(); }
    @Override public int compare(BigMoney a, BigMoney b) { return a.compareTo(b); }
    @Override public int signum(BigMoney a) { return a.getAmount().signum(); }

    // a ratio of two amounts at an explicit scale: Joda divides money by a number, so divide the amounts
    @Override public BigMoney divide(BigMoney a, BigMoney b, int scale, RoundingMode rounding) {
        return BigMoney.of(USD, a.getAmount().divide(b.getAmount(), scale, rounding));
    }

    @Override public BigMoney sqrt(BigMoney a, int scale) {
        BigInteger n = a.getAmount().setScale(2 * scale).unscaledValue();
        BigInteger f = n.sqrt();
        BigInteger root = n.subtract(f.multiply(f)).compareTo(f) > 0 ? f.add(BigInteger.ONE) : f;
        return BigMoney.of(USD, new BigDecimal(root, scale));
    }

    @Override public BigMoney round(BigMoney a, int scale, RoundingMode rounding) {
        return a.withScale(scale, rounding);
    }

    @Override public BigDecimal toBigDecimal(BigMoney a) { return a.getAmount(); }
}
