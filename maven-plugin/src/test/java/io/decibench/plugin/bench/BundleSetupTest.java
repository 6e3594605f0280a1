package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.EnsureOutcome;
import io.decibench.kernel.bundle.Presets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleSetupTest {

    @TempDir
    Path dir;

    @Test
    void only_the_bundles_of_the_selected_scenarios_each_once() {
        assertThat(BundleSetup.specsFor(List.of("minute", "daily", "minute")))
                .containsExactly(Presets.PROFILING_MINUTE, Presets.PROFILING_DAILY);
        assertThatThrownBy(() -> BundleSetup.specsFor(List.of("nope")))
                .hasMessageContaining("valid scenarios: daily, hourly, minute");
    }

    @Test
    void generates_then_keeps_a_bundle_and_says_so() {
        List<String> log = new ArrayList<>();
        BundleSetup setup = new BundleSetup(new BundleStore(dir));

        setup.ensure(BundleSetup.specsFor(List.of("hourly")), log::add);
        setup.ensure(BundleSetup.specsFor(List.of("hourly")), log::add);

        assertThat(log.get(0)).matches("Bundle profiling-hourly: generated in \\d+ ms");
        assertThat(log.get(1)).matches("Bundle profiling-hourly: up to date \\(verified in \\d+ ms\\)");
        assertThat(dir.resolve("profiling-hourly/manifest.json")).exists();
        assertThat(dir.resolve("profiling-daily")).doesNotExist();
    }

    @Test
    void a_regenerated_bundle_names_the_reason() {
        EnsureOutcome outcome = new EnsureOutcome("profiling-daily", EnsureOutcome.Status.REGENERATED,
                "close.i64 is truncated");

        assertThat(BundleSetup.describe(outcome, Duration.ofMillis(1234)))
                .isEqualTo("Bundle profiling-daily: regenerated in 1234 ms (close.i64 is truncated)");
    }
}
