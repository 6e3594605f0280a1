package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;
import java.util.Comparator;
import java.util.List;

/** The run's target verdict: that of the decimal mode with the lowest overall overhead (the cheapest exact option). */
public record RunVerdict(String mode, TargetVerdict verdict) {

    /** The verdict of the mode with the lowest overall overhead, or null when no mode has one. */
    public static RunVerdict cheapest(List<OverallOverhead> overall) {
        return overall.stream()
                .filter(o -> o.overheadPercent() != null)
                .min(Comparator.comparingDouble(OverallOverhead::overheadPercent))
                .map(o -> new RunVerdict(o.mode(), o.verdict()))
                .orElse(null);
    }
}
