package io.decibench.plugin.bench;

import io.decibench.plugin.results.ForkSample;

import java.util.List;
import java.util.Map;

/**
 * What a benchmark run measured, before statistics: the fork samples, the plain exactness runs (one per scenario x
 * mode that ran) and the modes that could not run (mode -> reason and fix).
 */
public record SuiteOutcome(List<ForkSample> samples, List<ProbeRun> probes, Map<String, String> unavailableModes) {

    public SuiteOutcome {
        samples = List.copyOf(samples);
        probes = List.copyOf(probes);
        unavailableModes = Map.copyOf(unavailableModes);
    }
}
