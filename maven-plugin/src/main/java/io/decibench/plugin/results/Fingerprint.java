package io.decibench.plugin.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine a run was measured on. Times are comparable only between runs with the same {@code id}, which covers
 * what changes a time: the CPU model, cores, memory, the OS and its release (without a kernel's build suffix), the
 * architecture and the JDK. The full OS version and the forks' JVM arguments are recorded but not part of the id:
 * otherwise identical VMs differ in their kernel build string ({@code 6.18.44-fc-v782} vs {@code 6.18.44-fc-v669}),
 * and the JVM arguments are compared as settings (see the site's "Verdicts" page).
 *
 * @param id        first 16 hex digits of SHA-256 over {@code cpuModel|cores|memoryGiB|os|arch|jdkVendor|jdkVersion}
 * @param memoryGiB physical memory in whole GiB (rounded), 0 when unknown, null in files written before it was recorded
 * @param os        the OS name and its release without a build suffix, e.g. {@code Linux 6.18.44}
 * @param osVersion the OS version as the JVM reports it, e.g. {@code 6.18.44-fc-v782}; null in older files
 */
public record Fingerprint(String id, String cpuModel, int cores, Integer memoryGiB, String os, String osVersion,
                          String arch, String jdkVendor, String jdkVersion, List<String> jvmArgs) {

    /** The leading numeric release of a version string: {@code 6.18.44} of {@code 6.18.44-fc-v782}. */
    private static final Pattern RELEASE = Pattern.compile("^[0-9]+(?:\\.[0-9]+)*");

    public Fingerprint {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
    }

    /** A fingerprint whose {@code os} and {@code id} are computed from the other fields. */
    public static Fingerprint of(String cpuModel, int cores, int memoryGiB, String osName, String osVersion,
                                 String arch, String jdkVendor, String jdkVersion, List<String> jvmArgs) {
        String os = osWithRelease(osName, osVersion);
        return new Fingerprint(idOf(cpuModel, cores, memoryGiB, os, arch, jdkVendor, jdkVersion), cpuModel, cores,
                memoryGiB, os, osVersion, arch, jdkVendor, jdkVersion, jvmArgs);
    }

    /** {@code Linux 6.18.44} for {@code Linux} and {@code 6.18.44-fc-v782}; the name alone without a release. */
    public static String osWithRelease(String osName, String osVersion) {
        if (osVersion == null) {
            return osName;
        }
        Matcher m = RELEASE.matcher(osVersion.trim());
        return m.find() ? osName + " " + m.group() : osName;
    }

    /** The id for these fields. */
    public static String idOf(String cpuModel, int cores, Integer memoryGiB, String os, String arch,
                              String jdkVendor, String jdkVersion) {
        String joined = String.join("|", cpuModel, Integer.toString(cores), String.valueOf(memoryGiB), os, arch,
                jdkVendor, jdkVersion);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** E.g. {@code AMD EPYC, 2 cores, 23 GiB, Linux 6.18.44 (amd64), Debian 17.0.15}: for messages. */
    public String describe() {
        return String.format(Locale.ROOT, "%s, %d cores, %d GiB, %s (%s), %s %s", cpuModel, cores, memoryGiB, os, arch,
                jdkVendor, jdkVersion);
    }
}
