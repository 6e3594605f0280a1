package io.decibench.plugin.profile;

/**
 * How much of a profile one module takes.
 *
 * @param selfSamples  samples whose executing (top) frame is in the module; over all modules these add up to the total
 * @param selfPercent  selfSamples as a percentage of all samples (sums to 100 over modules)
 * @param totalSamples samples with the module anywhere on the stack, each sample counted once
 * @param totalPercent totalSamples as a percentage of all samples (at least selfPercent)
 */
public record ModuleShare(String module, long selfSamples, double selfPercent, long totalSamples, double totalPercent) {
}
