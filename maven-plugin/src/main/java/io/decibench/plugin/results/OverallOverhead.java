package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;
import java.util.List;

/**
 * One exact mode's overheads over the scenarios that ran it (geometric mean of the per-scenario ratios), in percent:
 * an overall figure means nothing over scenarios the mode did not run, so each names the scenarios it covers.
 *
 * @param scenarios           the scenarios the end-to-end figure covers
 * @param sameEngineScenarios the scenarios the same-engine figure covers
 */
public record OverallOverhead(String mode, List<String> scenarios, Double overheadPercent, Double overheadCiLow,
                              Double overheadCiHigh, TargetVerdict verdict, String sameEngineReference,
                              List<String> sameEngineScenarios, Double sameEngineOverheadPercent,
                              Double sameEngineOverheadCiLow, Double sameEngineOverheadCiHigh) {

    public OverallOverhead {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        sameEngineScenarios = sameEngineScenarios == null ? List.of() : List.copyOf(sameEngineScenarios);
    }

    /** An end-to-end figure without its scenarios or same-engine figure (tests, hand-made results). */
    public OverallOverhead(String mode, Double overheadPercent, Double overheadCiLow, Double overheadCiHigh,
                           TargetVerdict verdict) {
        this(mode, List.of(), overheadPercent, overheadCiLow, overheadCiHigh, verdict, null, List.of(), null, null,
                null);
    }
}
