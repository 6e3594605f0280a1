package io.decibench.kernel.spi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one backtest reports. In the decimal modes every number is exact at its documented rounding point (money at
 * scale 4, ratios at scale 12), so two decimal modes agree bit for bit; in {@code float} mode the numbers are the
 * doubles the kernel computed, converted exactly.
 *
 * @param sessionValues portfolio value at each session close (the run owns the array; it is not reused)
 */
public record BacktestResult(String scenario, String mode, BigDecimal finalValue, long trades, long sharesFilled,
                             BigDecimal commissions, BigDecimal totalReturn, BigDecimal maxDrawdown,
                             BigDecimal annualVolatility, BigDecimal sharpe, BigDecimal sortino,
                             SessionValues sessionValues) {

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
