package io.decibench.kernel.bundle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The bundles the built-in scenarios run on (the site's "Bundles" page), each with a fixed seed. */
public final class Presets {
    public static final BundleSpec PROFILING_DAILY = new BundleSpec("profiling-daily", Frequency.DAILY, 50,
            LocalDate.of(2022, 1, 3), LocalDate.of(2024, 12, 31), 20_220_103L);
    public static final BundleSpec PROFILING_HOURLY = new BundleSpec("profiling-hourly", Frequency.HOURLY, 20,
            LocalDate.of(2024, 1, 2), LocalDate.of(2024, 7, 31), 20_240_102L);
    public static final BundleSpec PROFILING_MINUTE = new BundleSpec("profiling-minute", Frequency.MINUTE, 10,
            LocalDate.of(2024, 9, 3), LocalDate.of(2024, 10, 31), 20_240_903L);

    public static final List<BundleSpec> ALL = List.of(PROFILING_DAILY, PROFILING_HOURLY, PROFILING_MINUTE);

    private Presets() {
    }

    public static Optional<BundleSpec> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(BundleSpec::name).toList();
    }
}
