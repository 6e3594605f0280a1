package io.decibench.plugin.profile;

import java.util.List;
import java.util.Optional;

/**
 * Everything profiled under one label ({@code profiles/<label>/profile.json}): one {@link Profile} per scenario x mode.
 *
 * @param createdAt ISO-8601 UTC instant the set was written
 * @param jdk       vendor and version of the JVM that ran the backtests
 */
public record ProfileSet(int schemaVersion, String label, String createdAt, String jdk, List<Profile> profiles) {
    public static final int SCHEMA_VERSION = 1;

    public ProfileSet {
        profiles = List.copyOf(profiles);
    }

    public Optional<Profile> profile(String scenario, String mode) {
        return profiles.stream().filter(p -> p.scenario().equals(scenario) && p.mode().equals(mode)).findFirst();
    }
}
