package io.decibench.plugin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Checks, before any fork starts, that the bundles the selected scenarios run on exist: a fork that found out
 * itself would fail minutes later with the same message buried in its log.
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
}
