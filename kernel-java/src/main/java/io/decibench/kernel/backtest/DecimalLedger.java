package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * The ledger in {@link BigDecimal} (mode {@code decimal}): the fill price is the only rounding point (HALF_EVEN to
 * 4 places); cash, commissions and session values are exact at scale 4.
 */
final class DecimalLedger implements Ledger {
    private static final int MONEY_SCALE = ExecutionRules.MONEY_SCALE;
    private static final BigDecimal ZERO_MONEY = BigDecimal.ZERO.setScale(MONEY_SCALE);

    private final Bundle bundle;
    private final LongBuffer open;
    private final LongBuffer close;
    private final int bars;
    private final BigDecimal capital;
    private final BigDecimal buyFactor;
    private final BigDecimal sellFactor;
    private final BigDecimal commissionPerShare;
    private final int periodsPerYear;
    private final BigDecimal[] sessionFlows;
    private BigDecimal cash;
    private BigDecimal commissions;
    private int base;

    DecimalLedger(Bundle bundle, ExecutionRules rules) {
        this.bundle = bundle;
        this.open = bundle.longs(Column.OPEN);
        this.close = bundle.longs(Column.CLOSE);
        this.bars = bundle.barsPerAsset();
        this.capital = rules.capital().setScale(MONEY_SCALE);
        BigDecimal slippage = BigDecimal.valueOf(rules.slippageBps(), 4);
        this.buyFactor = BigDecimal.ONE.add(slippage);
        this.sellFactor = BigDecimal.ONE.subtract(slippage);
        this.commissionPerShare = rules.commissionPerShare();
        this.periodsPerYear = rules.periodsPerYear();
        this.sessionFlows = new BigDecimal[bundle.sessions()];
    }

    @Override
    public void reset() {
        Arrays.fill(sessionFlows, ZERO_MONEY);
        commissions = ZERO_MONEY;
    }

    @Override
    public void startAsset(int asset) {
        base = asset * bars;
        cash = ZERO_MONEY;
    }

    @Override
    public void fill(int bar, long qty) {
        BigDecimal openPrice = BigDecimal.valueOf(open.get(base + bar), Bundle.PRICE_SCALE);
        BigDecimal price = openPrice.multiply(qty > 0 ? buyFactor : sellFactor)
                .setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
        BigDecimal shares = BigDecimal.valueOf(qty);
        BigDecimal commission = shares.abs().multiply(commissionPerShare);
        cash = cash.subtract(shares.multiply(price)).subtract(commission);
        commissions = commissions.add(commission);
    }

    @Override
    public void markSession(int session, int bar, long position) {
        BigDecimal closePrice = BigDecimal.valueOf(close.get(base + bar), Bundle.PRICE_SCALE);
        sessionFlows[session] = sessionFlows[session].add(cash).add(BigDecimal.valueOf(position).multiply(closePrice));
    }

    @Override
    public LedgerOutcome finish() {
        BigDecimal[] values = new BigDecimal[sessionFlows.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = capital.add(sessionFlows[s]);
        }
        BigDecimal finalValue = values.length == 0 ? capital : values[values.length - 1];
        Metrics metrics = DecimalMetrics.of(values, capital, periodsPerYear, bundle::sessionDate);
        return new LedgerOutcome(finalValue, commissions, SessionValues.ofBigDecimals(values), metrics);
    }
}
