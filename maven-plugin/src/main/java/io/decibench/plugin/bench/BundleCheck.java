package io.decibench.plugin.bench;

import io.decibench.kernel.bundle.BundleException;
import io.decibench.kernel.bundle.BundleStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks, before any fork starts, that the bundles the selected scenarios run on exist and that every column file
 * matches its manifest's size and SHA-256: a fork that found out itself would fail minutes later with the message
 * buried in its log, and a flipped byte (which keeps the size) would be measured as if it were data.
 */
public final class BundleCheck {

    private BundleCheck() {
    }

    /** The names (in the given order, without duplicates) of bundles with no manifest under {@code bundleDir}. */
    public static List<String> missing(Path bundleDir, Collection<String> bundleNames) {
        return bundleNames.stream().distinct()
                .filter(name -> !Files.isRegularFile(bundleDir.resolve(name).resolve("manifest.json")))
                .toList();
    }

    /** The message for missing bundles: what, where, and the command that fixes it. */
    public static String message(Path bundleDir, List<String> missing) {
        return "Bundle" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                + (missing.size() > 1 ? " are" : " is") + " missing in " + bundleDir
                + "; run mvn decibench:setup-bundles (with the same decibench.scenarios and"
                + " decibench.bundleDirectory) or bind the setup-bundles goal before benchmark.";
    }

    /**
     * What stops these bundles from being measured — missing, or a column file missing, truncated or not matching its
     * checksum (the message names the file and the fix) — or empty when every one verifies.
     */
    public static Optional<String> problem(Path bundleDir, Collection<String> bundleNames) {
        List<String> missing = missing(bundleDir, bundleNames);
        if (!missing.isEmpty()) {
            return Optional.of(message(bundleDir, missing));
        }
        BundleStore store = new BundleStore(bundleDir);
        for (String name : bundleNames.stream().distinct().toList()) {
            try {
                store.verify(name);
            } catch (BundleException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }
}
