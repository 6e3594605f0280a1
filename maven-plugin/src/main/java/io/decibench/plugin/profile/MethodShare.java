package io.decibench.plugin.profile;

/**
 * How much of a profile one method ({@code class.method}, all its lines together) takes, by self or by total time.
 *
 * @param samples samples where the method executes (self) or is anywhere on the stack, once per sample (total)
 * @param percent samples as a percentage of all samples
 */
public record MethodShare(String method, String module, long samples, double percent) {
}
