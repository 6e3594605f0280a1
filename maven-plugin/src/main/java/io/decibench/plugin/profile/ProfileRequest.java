package io.decibench.plugin.profile;

import io.decibench.plugin.bench.ForkClasspath;
import io.decibench.plugin.config.ScenarioCatalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything one {@code decibench:profile} run needs, gathered by the mojo from its parameters.
 *
 * @param durationSeconds recorded seconds per scenario x mode
 * @param warmupSeconds   seconds the backtest runs before the recording starts (JIT warm-up)
 * @param topMethods      how many methods and allocated classes profile.json keeps per list
 * @param catalog         the built-in and the user's scenarios (bundles, classes, modes they implement)
 */
public record ProfileRequest(String label, List<String> scenarios, List<String> modes, int durationSeconds,
                             int warmupSeconds, Path bundleDir, Path profilesDir, List<String> jvmArgs,
                             Duration forkTimeout, ForkClasspath classpath, Path javaExecutable, ModuleRules rules,
                             int topMethods, ScenarioCatalog catalog) {

    /** A profile of built-in scenarios only. */
    public ProfileRequest(String label, List<String> scenarios, List<String> modes, int durationSeconds,
                          int warmupSeconds, Path bundleDir, Path profilesDir, List<String> jvmArgs,
                          Duration forkTimeout, ForkClasspath classpath, Path javaExecutable, ModuleRules rules,
                          int topMethods) {
        this(label, scenarios, modes, durationSeconds, warmupSeconds, bundleDir, profilesDir, jvmArgs, forkTimeout,
                classpath, javaExecutable, rules, topMethods, ScenarioCatalog.builtIn());
    }

    public ProfileRequest {
        ProfileStore.checkLabel(label);
        scenarios = List.copyOf(scenarios);
        modes = List.copyOf(modes);
        jvmArgs = List.copyOf(jvmArgs);
        if (durationSeconds < 1) {
            throw new IllegalArgumentException("decibench.profileDuration must be at least 1 second, was "
                    + durationSeconds + " (e.g. -Ddecibench.profileDuration=20)");
        }
        if (warmupSeconds < 0) {
            throw new IllegalArgumentException("decibench.profileWarmup cannot be negative, was " + warmupSeconds
                    + " (e.g. -Ddecibench.profileWarmup=5)");
        }
    }

    public Path labelDir() {
        return new ProfileStore(profilesDir).labelDirectory(label);
    }
}
