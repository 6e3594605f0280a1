package io.decibench.plugin.results;

import java.util.Locale;

/**
 * How busy the machine was while one fork ran, sampled around the fork (see the site's "Verdicts" page, contention
 * guard). Null numbers mean the OS did not say (no {@code /proc}).
 *
 * @param otherCpu    CPU used by everything but this build and its forks, including a VM's steal time, averaged over
 *                    the fork, in cores (1.0 = one core fully busy)
 * @param cpuPressure share of the fork's wall time in which some runnable task waited for a CPU
 *                    ({@code /proc/pressure/cpu} "some"); our own JIT threads contribute to it, so it is recorded,
 *                    not judged
 * @param loadAverage the 1-minute load average when the fork ended
 * @param contended   whether {@code otherCpu} exceeded the contention limit
 * @param reruns      how many times the fork was re-run because it was contended (0 or 1)
 */
public record ForkLoad(Double otherCpu, Double cpuPressure, Double loadAverage, boolean contended, int reruns) {

    /** Nothing known: no sampling (tests, other operating systems). */
    public static final ForkLoad UNKNOWN = new ForkLoad(null, null, null, false, 0);

    /** The same load, counted as a re-run. */
    public ForkLoad rerun() {
        return new ForkLoad(otherCpu, cpuPressure, loadAverage, contended, reruns + 1);
    }

    /** E.g. {@code other processes 0.62 cores, CPU pressure 41%, load 3.10}. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (otherCpu != null) {
            s.append(String.format(Locale.ROOT, "other processes %.2f cores", otherCpu));
        }
        if (cpuPressure != null) {
            s.append(s.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "CPU pressure %.0f%%",
                    cpuPressure * 100));
        }
        if (loadAverage != null) {
            s.append(s.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "load %.2f", loadAverage));
        }
        return s.isEmpty() ? "load unknown" : s.toString();
    }
}
