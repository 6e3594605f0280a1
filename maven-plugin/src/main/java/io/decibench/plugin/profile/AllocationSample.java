package io.decibench.plugin.profile;

/**
 * One allocation sample: the class of the object allocated and the bytes it stands for (JFR's sample weight: the
 * bytes the thread allocated since the previous sample, so summed weights estimate the bytes allocated per class).
 */
public record AllocationSample(String className, long bytes) {
}
