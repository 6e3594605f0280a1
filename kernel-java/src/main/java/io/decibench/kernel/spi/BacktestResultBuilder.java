package io.decibench.kernel.spi;

import io.decibench.kernel.backtest.ExactMetrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Builds the {@link BacktestResult} of a scenario that brings its own code per mode ({@link ModeSpecificScenario}),
 * instead of the record's 12-argument constructor: set what your ledger computed, leave out what it does not (the
 * ratio metrics are then null and reported as not computed), and {@link #build()} checks that the required parts are
 * there. {@link #exactMetrics(ExecutionRules)} computes the five ratios from your session values with the engine's own
 * formulas and rounding points (site page "Semantics"), so your ledger's figures compare with the engine's.
 */
public final class BacktestResultBuilder {
    private final String scenario;
    private final String mode;
    private BigDecimal finalValue;
    private long trades;
    private long sharesFilled;
    private BigDecimal commissions;
    private BigDecimal totalReturn;
    private BigDecimal maxDrawdown;
    private BigDecimal annualVolatility;
    private BigDecimal sharpe;
    private BigDecimal sortino;
    private SessionValues sessionValues;
    private List<Decision> decisions;

    BacktestResultBuilder(String scenario, String mode) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Portfolio value at each session close; the final value defaults to the last of them. Required. */
    public BacktestResultBuilder sessionValues(SessionValues values) {
        this.sessionValues = Objects.requireNonNull(values, "sessionValues");
        return this;
    }

    /** The final portfolio value, when it is not the last session value (e.g. a scenario without sessions). */
    public BacktestResultBuilder finalValue(BigDecimal value) {
        this.finalValue = Objects.requireNonNull(value, "finalValue");
        return this;
    }

    /** Fills (orders that moved the position) and the shares they moved, in absolute value. */
    public BacktestResultBuilder fills(long trades, long sharesFilled) {
        if (trades < 0 || sharesFilled < 0) {
            throw new IllegalArgumentException("trades and shares filled cannot be negative, were " + trades + " and "
                    + sharesFilled);
        }
        this.trades = trades;
        this.sharesFilled = sharesFilled;
        return this;
    }

    public BacktestResultBuilder commissions(BigDecimal commissions) {
        this.commissions = Objects.requireNonNull(commissions, "commissions");
        return this;
    }

    /** The five ratio metrics as your code computed them. */
    public BacktestResultBuilder metrics(BigDecimal totalReturn, BigDecimal maxDrawdown, BigDecimal annualVolatility,
                                         BigDecimal sharpe, BigDecimal sortino) {
        this.totalReturn = totalReturn;
        this.maxDrawdown = maxDrawdown;
        this.annualVolatility = annualVolatility;
        this.sharpe = sharpe;
        this.sortino = sortino;
        return this;
    }

    /**
     * The five ratio metrics computed from the session values (set them first) exactly as the engine's exact modes
     * compute them: returns, mean, variance, volatility, Sharpe, Sortino and drawdown at scale 12, HALF_EVEN.
     */
    public BacktestResultBuilder exactMetrics(ExecutionRules rules) {
        if (sessionValues == null) {
            throw new IllegalStateException("set the session values before computing metrics from them");
        }
        BigDecimal[] values = new BigDecimal[sessionValues.size()];
        for (int s = 0; s < values.length; s++) {
            values[s] = sessionValues.get(s).setScale(ExecutionRules.MONEY_SCALE, RoundingMode.HALF_EVEN);
        }
        BigDecimal[] m = ExactMetrics.of(values, rules);
        return metrics(m[0], m[1], m[2], m[3], m[4]);
    }

    /** The standing-target changes your code took (for the exactness probe); optional. */
    public BacktestResultBuilder decisions(List<Decision> decisions) {
        this.decisions = decisions;
        return this;
    }

    /** The result; fails naming what is missing. */
    public BacktestResult build() {
        if (sessionValues == null) {
            throw new IllegalStateException("Scenario " + scenario + " (mode " + mode + ") built a result without"
                    + " session values. Fix: call sessionValues(...) with the portfolio value at each session close.");
        }
        BigDecimal last = finalValue;
        if (last == null) {
            if (sessionValues.size() == 0) {
                throw new IllegalStateException("Scenario " + scenario + " (mode " + mode + ") has no session values"
                        + " and no final value. Fix: call finalValue(...).");
            }
            last = sessionValues.get(sessionValues.size() - 1);
        }
        return new BacktestResult(scenario, mode, last, trades, sharesFilled,
                commissions == null ? BigDecimal.ZERO.setScale(ExecutionRules.MONEY_SCALE) : commissions, totalReturn,
                maxDrawdown, annualVolatility, sharpe, sortino, sessionValues, decisions);
    }
}
