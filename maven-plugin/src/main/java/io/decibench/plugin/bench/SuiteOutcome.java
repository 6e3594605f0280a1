package io.decibench.plugin.bench;

import io.decibench.plugin.results.ForkSample;

import java.util.List;
import java.util.Map;

/**
 * What a benchmark run measured, before statistics: the fork samples, the exactness comparison and the modes that
 * could not run (mode -> reason and fix).
 */
public record SuiteOutcome(List<ForkSample> samples, List<ScenarioExactness> exactness,
                           Map<String, String> unavailableModes) {

    public SuiteOutcome {
        samples = List.copyOf(samples);
        exactness = List.copyOf(exactness);
        unavailableModes = Map.copyOf(unavailableModes);
    }
}
