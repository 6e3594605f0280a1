package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;

/** One decimal mode's overhead over all scenarios (geometric mean of the per-scenario ratios), in percent. */
public record OverallOverhead(String mode, Double overheadPercent, Double overheadCiLow, Double overheadCiHigh,
                              TargetVerdict verdict) {
}
