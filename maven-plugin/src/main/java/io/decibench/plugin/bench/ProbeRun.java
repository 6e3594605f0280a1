package io.decibench.plugin.bench;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one plain (unmeasured) backtest reported, for the exactness comparison across modes.
 *
 * @param sessionValues the portfolio value at each session close, empty when the run did not print them
 */
public record ProbeRun(String scenario, String mode, BigDecimal finalValue, String sessionValuesSha256,
                       List<BigDecimal> sessionValues) {

    public ProbeRun {
        sessionValues = List.copyOf(sessionValues);
    }

    public ProbeRun(String scenario, String mode, BigDecimal finalValue, String sessionValuesSha256) {
        this(scenario, mode, finalValue, sessionValuesSha256, List.of());
    }
}
