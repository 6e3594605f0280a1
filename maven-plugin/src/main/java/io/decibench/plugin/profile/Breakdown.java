package io.decibench.plugin.profile;

import java.util.List;
import java.util.Optional;

/**
 * Where the time and the allocations of one recording went: every module's self and total share, the top methods by
 * self and by total samples, and the top allocated classes.
 *
 * @param samples          execution samples counted (the 100%)
 * @param truncatedSamples samples whose stack the recorder cut short (their total shares may miss bottom frames)
 * @param modules          every module the rules name (zeros included, so profiles compare row by row), most self first
 * @param allocatedBytes   sum of all allocation samples' weights
 */
public record Breakdown(long samples, long truncatedSamples, List<ModuleShare> modules, List<MethodShare> topSelf,
                        List<MethodShare> topTotal, long allocatedBytes, List<AllocationShare> allocations) {

    public Breakdown {
        modules = List.copyOf(modules);
        topSelf = List.copyOf(topSelf);
        topTotal = List.copyOf(topTotal);
        allocations = List.copyOf(allocations);
    }

    public Optional<ModuleShare> module(String name) {
        return modules.stream().filter(m -> m.module().equals(name)).findFirst();
    }
}
