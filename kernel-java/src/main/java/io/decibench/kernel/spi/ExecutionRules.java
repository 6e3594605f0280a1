package io.decibench.kernel.spi;

import java.math.BigDecimal;

/**
 * The execution and ledger constants every kernel applies (the rules themselves are written down in the site's
 * "Semantics" page). Money values are exact decimals.
 *
 * @param capital            starting cash
 * @param slippageBps        slippage against the trader, in basis points of the fill bar's open
 * @param volumeLimitPercent at most this percentage of a bar's volume fills (rounded down to whole shares)
 * @param commissionPerShare commission per share filled
 * @param periodsPerYear     sessions per year used to annualise volatility, Sharpe and Sortino
 */
public record ExecutionRules(BigDecimal capital, int slippageBps, int volumeLimitPercent,
                             BigDecimal commissionPerShare, int periodsPerYear) {

    /** 100,000.00 capital, 5 bp slippage, 10% volume limit, $0.001 per share, 252 sessions per year. */
    public static final ExecutionRules DEFAULT = new ExecutionRules(
            new BigDecimal("100000.0000"), 5, 10, new BigDecimal("0.001"), 252);

    /** Scale (decimal places) of fill prices, cash and portfolio values. */
    public static final int MONEY_SCALE = 4;

    /** Scale (decimal places) of returns, drawdown, volatility, Sharpe and Sortino in the decimal modes. */
    public static final int RATIO_SCALE = 12;
}
