package io.decibench.kernel.backtest;

import io.decibench.kernel.spi.ExecutionRules;

import java.math.BigDecimal;

/**
 * The exact modes' ratio metrics for session values computed elsewhere (a scenario's own ledger): the same formulas
 * and rounding points as the engine's, in {@link BigDecimal}.
 */
public final class ExactMetrics {

    private ExactMetrics() {
    }

    /** {@code [totalReturn, maxDrawdown, annualVolatility, sharpe, sortino]}, each at scale 12. */
    public static BigDecimal[] of(BigDecimal[] sessionValues, ExecutionRules rules) {
        BigDecimal capital = rules.capital().setScale(ExecutionRules.MONEY_SCALE);
        Metrics m = ArithmeticMetrics.of(new BigDecimalArithmetic(), sessionValues, capital, rules.periodsPerYear(),
                s -> null);
        return new BigDecimal[] {m.totalReturn(), m.maxDrawdown(), m.annualVolatility(), m.sharpe(), m.sortino()};
    }
}
