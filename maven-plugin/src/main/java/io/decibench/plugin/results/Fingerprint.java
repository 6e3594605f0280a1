package io.decibench.plugin.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The machine a run was measured on. Times are comparable only between runs with the same {@code id};
 * JVM arguments are recorded but not part of the id.
 *
 * @param id first 16 hex digits of SHA-256 over cpuModel|cores|os|arch|jdkVendor|jdkVersion
 */
public record Fingerprint(String id, String cpuModel, int cores, String os, String arch, String jdkVendor,
                          String jdkVersion, List<String> jvmArgs) {

    public Fingerprint {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
    }

    /** A fingerprint whose id is computed from the other fields. */
    public static Fingerprint of(String cpuModel, int cores, String os, String arch, String jdkVendor,
                                 String jdkVersion, List<String> jvmArgs) {
        return new Fingerprint(idOf(cpuModel, cores, os, arch, jdkVendor, jdkVersion), cpuModel, cores, os, arch,
                jdkVendor, jdkVersion, jvmArgs);
    }

    /** The id for these fields. */
    public static String idOf(String cpuModel, int cores, String os, String arch, String jdkVendor,
                              String jdkVersion) {
        String joined = String.join("|", cpuModel, Integer.toString(cores), os, arch, jdkVendor, jdkVersion);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
