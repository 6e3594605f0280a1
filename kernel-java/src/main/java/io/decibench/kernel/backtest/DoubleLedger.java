package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * The ledger in {@code double} (mode {@code float}): fill price {@code Math.rint(open * (1 +/- slippage) * 10^4) / 10^4},
 * cash and session values as doubles. Per bar it only touches primitives; the session values array is the one
 * allocation that belongs to the result.
 */
final class DoubleLedger implements Ledger {
    private static final double PRICE_UNIT = 10_000.0;

    private final Bundle bundle;
    private final LongBuffer open;
    private final LongBuffer close;
    private final int bars;
    private final double capital;
    private final double buyFactor;
    private final double sellFactor;
    private final double commissionPerShare;
    private final int periodsPerYear;
    private final double[] sessionFlows;
    private double cash;
    private double commissions;
    private int base;

    DoubleLedger(Bundle bundle, ExecutionRules rules) {
        this.bundle = bundle;
        this.open = bundle.longs(Column.OPEN);
        this.close = bundle.longs(Column.CLOSE);
        this.bars = bundle.barsPerAsset();
        this.capital = rules.capital().doubleValue();
        this.buyFactor = 1 + rules.slippageBps() / PRICE_UNIT;
        this.sellFactor = 1 - rules.slippageBps() / PRICE_UNIT;
        this.commissionPerShare = rules.commissionPerShare().doubleValue();
        this.periodsPerYear = rules.periodsPerYear();
        this.sessionFlows = new double[bundle.sessions()];
    }

    @Override
    public void reset() {
        Arrays.fill(sessionFlows, 0);
        commissions = 0;
    }

    @Override
    public void startAsset(int asset) {
        base = asset * bars;
        cash = 0;
    }

    @Override
    public void fill(int bar, long qty) {
        double openPrice = open.get(base + bar) / PRICE_UNIT;
        double price = Math.rint(openPrice * (qty > 0 ? buyFactor : sellFactor) * PRICE_UNIT) / PRICE_UNIT;
        double commission = Math.abs(qty) * commissionPerShare;
        cash -= qty * price + commission;
        commissions += commission;
    }

    @Override
    public void markSession(int session, int bar, long position) {
        sessionFlows[session] += cash + position * (close.get(base + bar) / PRICE_UNIT);
    }

    @Override
    public LedgerOutcome finish() {
        double[] values = new double[sessionFlows.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = capital + sessionFlows[s];
        }
        double finalValue = values.length == 0 ? capital : values[values.length - 1];
        Metrics metrics = DoubleMetrics.of(values, capital, periodsPerYear, bundle::sessionDate);
        return new LedgerOutcome(new BigDecimal(finalValue), new BigDecimal(commissions),
                SessionValues.ofDoubles(values), metrics);
    }
}
