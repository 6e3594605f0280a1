package io.decibench.plugin.bench;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one plain (unmeasured) backtest reported, for the exactness comparison across modes.
 *
 * @param sessionValues the portfolio value at each session close, empty when the run did not print them
 * @param trades        fills executed, null when not printed
 * @param sharesFilled  shares filled, null when not printed
 * @param commissions   commissions paid, null when not printed
 * @param decisions     the run's target transitions, null when the run recorded none (a user scenario with its own
 *                      code per mode, or a kernel without decision traces)
 */
public record ProbeRun(String scenario, String mode, BigDecimal finalValue, String sessionValuesSha256,
                       List<BigDecimal> sessionValues, Long trades, Long sharesFilled, BigDecimal commissions,
                       List<Decision> decisions) {

    public ProbeRun {
        sessionValues = List.copyOf(sessionValues);
        decisions = decisions == null ? null : List.copyOf(decisions);
    }

    /** A run that reported session values but no counts or decisions. */
    public ProbeRun(String scenario, String mode, BigDecimal finalValue, String sessionValuesSha256,
                    List<BigDecimal> sessionValues) {
        this(scenario, mode, finalValue, sessionValuesSha256, sessionValues, null, null, null, null);
    }

    /** A run that reported its final value and session hash only. */
    public ProbeRun(String scenario, String mode, BigDecimal finalValue, String sessionValuesSha256) {
        this(scenario, mode, finalValue, sessionValuesSha256, List.of());
    }
}
