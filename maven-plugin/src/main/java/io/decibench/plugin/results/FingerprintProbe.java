package io.decibench.plugin.results;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the fingerprint of the machine this JVM runs on. */
public final class FingerprintProbe {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
    private static final double GIB = 1024.0 * 1024 * 1024;

    private FingerprintProbe() {
    }

    /** This machine's fingerprint, recording {@code jvmArgs} (the forks' JVM arguments). */
    public static Fingerprint current(List<String> jvmArgs) {
        String arch = System.getProperty("os.arch");
        return Fingerprint.of(cpuModel(CPU_INFO, arch), Runtime.getRuntime().availableProcessors(),
                memoryGiB(physicalMemoryBytes()), System.getProperty("os.name"), System.getProperty("os.version"),
                arch, System.getProperty("java.vendor"), System.getProperty("java.version"), jvmArgs);
    }

    /** Whole GiB, rounded: the kernel keeps a few MiB of a VM's memory, which differs between boots. */
    static int memoryGiB(long bytes) {
        return bytes <= 0 ? 0 : (int) Math.round(bytes / GIB);
    }

    private static long physicalMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    /** The first "model name" of a /proc/cpuinfo-style file, or {@code fallback} when there is none. */
    static String cpuModel(Path cpuInfo, String fallback) {
        if (!Files.isReadable(cpuInfo)) {
            return fallback;
        }
        try {
            for (String line : Files.readAllLines(cpuInfo, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equals("model name")) {
                    String model = line.substring(colon + 1).strip();
                    return model.isEmpty() ? fallback : model;
                }
            }
        } catch (IOException e) {
            return fallback;
        }
        return fallback;
    }
}
