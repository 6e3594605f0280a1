package io.decibench.plugin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the Linux counters the contention guard compares before and after a fork: the machine's busy CPU time
 * ({@code /proc/stat}, steal included: on a VM that is CPU the host gave to others), this JVM's own and its
 * waited-for children's CPU time ({@code /proc/self/stat}: the JMH host and, through it, the measured fork), CPU
 * pressure ({@code /proc/pressure/cpu}) and the load average. Elsewhere every reading is empty and the guard is off.
 */
public class CpuSampler {

    /** Linux reports both CPU counters in USER_HZ, which is 100 on every architecture's user ABI. */
    static final double TICKS_PER_SECOND = 100;

    private final Path proc;

    /** The sampler of this machine's {@code /proc}. */
    public CpuSampler() {
        this(Path.of("/proc"));
    }

    /** A sampler of a {@code /proc}-like folder (tests). */
    CpuSampler(Path proc) {
        this.proc = proc;
    }

    /**
     * One reading of the counters.
     *
     * @param busyTicks     all CPUs' non-idle time (user, nice, system, irq, softirq, steal), null when unknown
     * @param ownTicks      this JVM's user + system time plus that of its reaped children, null when unknown
     * @param pressureMicros total microseconds in which some runnable task waited for a CPU, null when unknown
     * @param loadAverage   the 1-minute load average, null when unknown
     */
    public record Reading(long nanoTime, Long busyTicks, Long ownTicks, Long pressureMicros, Double loadAverage) {
    }

    /** Reads the counters now; a missing or unreadable file leaves its fields null. */
    public Reading read() {
        return new Reading(System.nanoTime(), busyTicks(), ownTicks(), pressureMicros(), loadAverage());
    }

    /** Whether the counters the guard judges by exist here. */
    public boolean available() {
        return busyTicks() != null && ownTicks() != null;
    }

    private Long busyTicks() {
        String line = firstLine(proc.resolve("stat"));
        if (line == null || !line.startsWith("cpu ")) {
            return null;
        }
        String[] f = line.trim().split("\\s+");
        // cpu user nice system idle iowait irq softirq steal [guest guest_nice]; guest time is already in user.
        if (f.length < 9) {
            return null;
        }
        try {
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Long ownTicks() {
        String line = firstLine(proc.resolve("self").resolve("stat"));
        if (line == null) {
            return null;
        }
        // The command name in parentheses may hold spaces: count the fields after the last ')'.
        String[] f = line.substring(line.lastIndexOf(')') + 1).trim().split("\\s+");
        // State is field 3 of the whole line, f[0] here; utime, stime, cutime, cstime are fields 14-17.
        if (f.length < 15) {
            return null;
        }
        try {
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Long pressureMicros() {
        String line = firstLine(proc.resolve("pressure").resolve("cpu"));
        if (line == null || !line.startsWith("some ")) {
            return null;
        }
        int at = line.indexOf("total=");
        try {
            return at < 0 ? null : Long.parseLong(line.substring(at + 6).trim().split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Double loadAverage() {
        String line = firstLine(proc.resolve("loadavg"));
        try {
            return line == null ? null : Double.parseDouble(line.trim().split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String firstLine(Path file) {
        try {
            if (!Files.isReadable(file)) {
                return null;
            }
            try (var lines = Files.lines(file, StandardCharsets.US_ASCII)) {
                return lines.findFirst().orElse(null);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }
}
