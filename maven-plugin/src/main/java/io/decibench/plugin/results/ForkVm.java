package io.decibench.plugin.results;

import java.util.List;
import java.util.Objects;

/**
 * The JVM a measured fork actually ran, as it was recorded for that fork — never what the plugin meant to pass.
 * {@code jvmArgs}, {@code jdkVersion}, {@code vmName} and {@code vmVersion} are JMH's own record of the fork (its JSON
 * result, the same list JMH prints as {@code # VM options}); {@code compiler} is what the fork's JVM said of its JIT
 * from inside the benchmark (see the site's "Results format" page).
 *
 * @param compiler e.g. {@code HotSpot 64-Bit Tiered Compilers, TieredStopAtLevel=4}; null when the fork did not say
 */
public record ForkVm(List<String> jvmArgs, String jdkVersion, String vmName, String vmVersion, String compiler) {

    public ForkVm {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
    }

    /** The same VM with the compiler line the fork printed. */
    public ForkVm withCompiler(String compiler) {
        return new ForkVm(jvmArgs, jdkVersion, vmName, vmVersion, compiler);
    }

    /**
     * The one VM every fork of a run reported.
     *
     * @throws IllegalStateException when forks ran with different options or JVMs (their results are not comparable)
     */
    public static ForkVm common(List<ForkSample> forks) {
        ForkVm first = null;
        for (ForkSample f : forks) {
            if (f.vm() == null) {
                continue;
            }
            if (first == null) {
                first = f.vm();
            } else if (!Objects.equals(first, f.vm())) {
                throw new IllegalStateException("The measured forks ran different JVMs: " + first + " and " + f.vm()
                        + " (fork of " + f.scenario() + " / " + f.mode() + "); their times are not comparable."
                        + " Fix: re-run mvn verify without changing the JDK or decibench.jvmArgs during the run.");
            }
        }
        return first;
    }
}
