package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;

/** The run's target verdict: that of the decimal mode with the lowest overall overhead (the cheapest exact option). */
public record RunVerdict(String mode, TargetVerdict verdict) {
}
