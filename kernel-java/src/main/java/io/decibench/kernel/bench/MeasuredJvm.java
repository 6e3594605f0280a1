package io.decibench.kernel.bench;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * What a measured JVM says about its own JIT, printed once per fork into the fork's log so that the results can prove
 * which compilers produced the times (a fork that inherited {@code -XX:TieredStopAtLevel=1} would say so here).
 */
public final class MeasuredJvm {

    /** Start of the line each fork prints; the plugin reads the rest of the line back from the fork's log. */
    public static final String LINE_PREFIX = "[decibench] measured JVM compiler: ";

    private MeasuredJvm() {
    }

    /** E.g. {@code HotSpot 64-Bit Tiered Compilers, TieredStopAtLevel=4}. */
    public static String compiler() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        String name = jit == null ? "no JIT compiler" : jit.getName();
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return name + ", TieredStopAtLevel=" + hotspot.getVMOption("TieredStopAtLevel").getValue();
        } catch (RuntimeException notHotSpot) {
            return name;
        }
    }

    /** The line a fork prints. */
    public static String line() {
        return LINE_PREFIX + compiler();
    }
}
