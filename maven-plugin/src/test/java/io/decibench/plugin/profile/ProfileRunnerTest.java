package io.decibench.plugin.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.plugin.bench.ForkClasspath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRunnerTest {
    @TempDir
    Path dir;

    @Test
    void aMissingBundleFailsBeforeAnyJvmStartsAndSaysHowToCreateIt() {
        ProfileRequest request = new ProfileRequest("before", List.of("daily", "minute"), List.of("decimal"), 5, 1,
                dir.resolve("bundles"), dir.resolve("profiles"), List.of(), Duration.ofSeconds(60),
                new ForkClasspath(List.of()), Path.of("/no/such/java"), ModuleRules.defaults(), 10);
        List<String> log = new ArrayList<>();

        assertThatThrownBy(() -> new ProfileRunner(request, log::add).run())
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("profiling-daily, profiling-minute are missing")
                .hasMessageContaining("mvn decibench:setup-bundles");
        assertThat(log).isEmpty();
        assertThat(Files.exists(dir.resolve("profiles"))).isFalse();
    }
}
