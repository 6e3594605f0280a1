package io.decibench.plugin.profile;

import java.util.List;

/**
 * Before and after for one scenario x mode: every module's share change, and the methods whose self share gained and
 * lost the most (largest change first).
 */
public record CellComparison(String scenario, String mode, long beforeSamples, long afterSamples,
                             List<ModuleChange> modules, List<MethodChange> gained, List<MethodChange> lost) {

    public CellComparison {
        modules = List.copyOf(modules);
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }
}
