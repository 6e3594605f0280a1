package io.decibench.plugin.profile;

/**
 * Estimated bytes allocated for one class over the recording (sum of the allocation samples' weights).
 *
 * @param percent bytes as a percentage of all sampled allocation bytes
 */
public record AllocationShare(String className, long bytes, double percent) {
}
