package io.decibench.plugin.bench;

import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which selected modes cannot run here, checked in-process before any fork starts, with the reason and the fix
 * (the native core is the usual one: library not built or built for another platform).
 */
public final class ModeAvailability {

    private ModeAvailability() {
    }

    /** mode -> "reason. Fix: how", for every selected mode that is missing or unavailable; empty when all can run. */
    public static Map<String, String> unavailable(List<String> modes, Kernels kernels) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String mode : modes) {
            Optional<BacktestKernel> kernel = kernels.find(mode);
            if (kernel.isEmpty()) {
                result.put(mode, "no kernel for mode '" + mode + "' is on the plugin's classpath. Fix: "
                        + (Modes.DECIMAL_NATIVE.equals(mode)
                        ? "use a decibench-maven-plugin built with decibench-kernel-native (mvn -B install from the"
                        + " Decibench source tree, with cargo on the PATH)."
                        : "reinstall the decibench-maven-plugin; its decibench-kernel-java dependency is broken."));
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
