package io.decibench.plugin.bench;

import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ModeInfo;

import java.util.List;
import java.util.Map;

/**
 * What a benchmark run measured, before statistics: the fork samples, the plain exactness runs (one per scenario x
 * mode that ran), the modes that could not run (mode -> reason and fix) and what each selected mode is, as its kernel
 * reported it.
 */
public record SuiteOutcome(List<ForkSample> samples, List<ProbeRun> probes, Map<String, String> unavailableModes,
                           List<ModeInfo> modes) {

    public SuiteOutcome {
        samples = List.copyOf(samples);
        probes = List.copyOf(probes);
        unavailableModes = Map.copyOf(unavailableModes);
        modes = modes == null ? List.of() : List.copyOf(modes);
    }

    /** An outcome whose modes are described by the plugin's defaults (tests). */
    public SuiteOutcome(List<ForkSample> samples, List<ProbeRun> probes, Map<String, String> unavailableModes) {
        this(samples, probes, unavailableModes, null);
    }
}
