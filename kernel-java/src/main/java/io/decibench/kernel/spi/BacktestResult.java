package io.decibench.kernel.spi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one backtest reports. In the exact modes every number is exact at its documented rounding point (money at
 * scale 4, ratios at scale 12), so two exact modes agree bit for bit; in the binary-float modes the numbers are the
 * doubles the kernel computed, converted exactly. A scenario with its own code builds one with {@link #builder}.
 *
 * @param sessionValues portfolio value at each session close (the run owns the array; it is not reused)
 * @param decisions     every change of a standing target, in order of asset and bar, when the run recorded them
 *                      ({@link Backtest#runRecordingDecisions()}); null otherwise
 */
public record BacktestResult(String scenario, String mode, BigDecimal finalValue, long trades, long sharesFilled,
                             BigDecimal commissions, BigDecimal totalReturn, BigDecimal maxDrawdown,
                             BigDecimal annualVolatility, BigDecimal sharpe, BigDecimal sortino,
                             SessionValues sessionValues, List<Decision> decisions) {

    /** A result without a decision trace (what {@link Backtest#run()} returns). */
    public BacktestResult(String scenario, String mode, BigDecimal finalValue, long trades, long sharesFilled,
                          BigDecimal commissions, BigDecimal totalReturn, BigDecimal maxDrawdown,
                          BigDecimal annualVolatility, BigDecimal sharpe, BigDecimal sortino,
                          SessionValues sessionValues) {
        this(scenario, mode, finalValue, trades, sharesFilled, commissions, totalReturn, maxDrawdown, annualVolatility,
                sharpe, sortino, sessionValues, null);
    }

    public BacktestResult {
        decisions = decisions == null ? null : List.copyOf(decisions);
    }

    /** A builder for a scenario's own result; see {@link BacktestResultBuilder}. */
    public static BacktestResultBuilder builder(String scenario, String mode) {
        return new BacktestResultBuilder(scenario, mode);
    }

    /** This result filed under another scenario name and mode (the decision trace kept). */
    public BacktestResult as(String scenario, String mode) {
        return new BacktestResult(scenario, mode, finalValue, trades, sharesFilled, commissions, totalReturn,
                maxDrawdown, annualVolatility, sharpe, sortino, sessionValues, decisions);
    }

    /** See {@link SessionValues#sha256()}. */
    public String sessionValuesSha256() {
        return sessionValues.sha256();
    }

    /** The reported numbers by name, in a stable order (JSON field names of the CLI and the plugin). */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("mode", mode);
        m.put("finalValue", finalValue);
        m.put("trades", trades);
        m.put("sharesFilled", sharesFilled);
        m.put("commissions", commissions);
        m.put("totalReturn", totalReturn);
        m.put("maxDrawdown", maxDrawdown);
        m.put("annualVolatility", annualVolatility);
        m.put("sharpe", sharpe);
        m.put("sortino", sortino);
        m.put("sessions", sessionValues.size());
        m.put("sessionValuesSha256", sessionValuesSha256());
        return m;
    }
}
