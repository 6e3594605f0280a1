package io.decibench.plugin.bench;

import java.math.BigDecimal;

/** What one plain (unmeasured) backtest reported, for the exactness comparison across modes. */
public record ProbeRun(String scenario, String mode, BigDecimal finalValue, String sessionValuesSha256) {
}
