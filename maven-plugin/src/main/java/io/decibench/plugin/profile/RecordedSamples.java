package io.decibench.plugin.profile;

import java.util.List;

/** What a recording holds that the breakdown needs: the execution samples and the allocation samples. */
public record RecordedSamples(List<StackSample> stacks, List<AllocationSample> allocations) {

    public RecordedSamples {
        stacks = List.copyOf(stacks);
        allocations = List.copyOf(allocations);
    }
}
