package io.decibench.plugin.bench;

import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which selected modes cannot run here, checked in-process before any fork starts, with the reason and the fix
 * (the native core is the usual one: library not built or built for another platform).
 */
public final class ModeAvailability {

    private ModeAvailability() {
    }

    /**
     * The selected modes split into those that run and those skipped here (mode -> reason and fix), by the one rule
     * every measuring goal applies: a mode whose kernel is on the classpath but cannot run on this machine (the
     * native core without its library) is skipped with a warning, or stops the goal when {@code requireNative}; a
     * mode with no kernel at all (a broken installation) always stops it, and so does having nothing left to run.
     *
     * @param goal what cannot start, for the messages, e.g. {@code benchmark}
     * @throws BenchmarkAbortedException naming the mode, the reason and the fix
     */
    public static Plan plan(String goal, List<String> modes, Kernels kernels, boolean requireNative) {
        return plan(goal, modes, kernels, requireNative, mode -> false);
    }

    /**
     * As {@link #plan(String, List, Kernels, boolean)}, where a mode without a kernel that some own-code scenario
     * implements itself ({@code ownCode}) runs for that scenario.
     */
    public static Plan plan(String goal, List<String> modes, Kernels kernels, boolean requireNative,
                            Predicate<String> ownCode) {
        Map<String, String> skipped = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : unavailable(modes, kernels).entrySet()) {
            if (kernels.find(e.getKey()).isEmpty() && ownCode.test(e.getKey())) {
                continue;
            }
            if (kernels.find(e.getKey()).isEmpty()) {
                throw new BenchmarkAbortedException("Mode " + e.getKey() + " cannot run: " + e.getValue());
            }
            if (requireNative) {
                throw new BenchmarkAbortedException("Mode " + e.getKey() + " cannot run: " + e.getValue()
                        + " (decibench.requireNative=true; set it to false to skip the mode instead)");
            }
            skipped.put(e.getKey(), e.getValue());
        }
        List<String> runnable = modes.stream().filter(m -> !skipped.containsKey(m)).toList();
        if (runnable.isEmpty()) {
            throw new BenchmarkAbortedException("Nothing to " + goal + ": none of the selected modes can run here ("
                    + String.join("; ", skipped.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .toList()) + "). Fix: as said for each mode, or select modes that run here, e.g."
                    + " -Ddecibench.modes=" + Modes.FLOAT + ".");
        }
        return new Plan(runnable, skipped);
    }

    /**
     * @param runnable the selected modes that run, in selection order
     * @param skipped  mode -> why it cannot run here and the fix; reported as unavailable
     */
    public record Plan(List<String> runnable, Map<String, String> skipped) {
        public Plan {
            runnable = List.copyOf(runnable);
            skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        }
    }

    /** mode -> "reason. Fix: how", for every selected mode that is missing or unavailable; empty when all can run. */
    public static Map<String, String> unavailable(List<String> modes, Kernels kernels) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String mode : modes) {
            Optional<BacktestKernel> kernel = kernels.find(mode);
            if (kernel.isEmpty()) {
                result.put(mode, "no kernel for mode '" + mode + "' is on the plugin's classpath. Fix: "
                        + (Modes.DECIMAL_NATIVE.equals(mode) || Modes.FLOAT_NATIVE.equals(mode)
                        ? "use a decibench-maven-plugin built with decibench-kernel-native (mvn -B install from the"
                        + " Decibench source tree, with cargo on the PATH)."
                        : Modes.ALL.contains(mode)
                        ? "reinstall the decibench-maven-plugin; its decibench-kernel-java dependency is broken."
                        : "put the ScalarArithmetic of mode '" + mode + "' on the project's test classpath and list"
                        + " it in META-INF/services/io.decibench.kernel.spi.ScalarArithmetic (see the site's"
                        + " Custom scenarios page)."));
                continue;
            }
            Availability a = kernel.get().availability();
            if (!a.available()) {
                result.put(mode, a.reason() + " Fix: " + a.fix());
            }
        }
        return result;
    }
}
