package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.Kernels;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModeAvailabilityTest {

    @TempDir
    Path dir;

    @Test
    void reports_unavailable_and_missing_modes_with_reason_and_fix() throws Exception {
        Path services = dir.resolve("META-INF/services/" + BacktestKernel.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, FakeKernel.Ok.class.getName() + "\n" + FakeKernel.Broken.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Map<String, String> unavailable = ModeAvailability.unavailable(
                    List.of("test-ok", "test-broken", "test-missing"), Kernels.load(loader));

            assertThat(unavailable).containsOnlyKeys("test-broken", "test-missing");
            assertThat(unavailable.get("test-broken")).isEqualTo("libdecibench.so not found. Fix: build it with cargo.");
            assertThat(unavailable.get("test-missing")).contains("no kernel for mode 'test-missing'").contains("Fix:");
        }
    }

    @Test
    void a_missing_native_kernel_says_how_to_get_it() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(ModeAvailability.unavailable(List.of("decimal-native"), Kernels.load(empty)))
                    .hasEntrySatisfying("decimal-native", m -> assertThat(m).contains("decibench-kernel-native"));
        }
    }

    private URLClassLoader fakes() throws Exception {
        Path services = dir.resolve("META-INF/services/" + BacktestKernel.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, FakeKernel.Ok.class.getName() + "\n" + FakeKernel.Broken.class.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void a_mode_whose_kernel_cannot_load_here_is_skipped_and_the_others_run() throws Exception {
        try (URLClassLoader loader = fakes()) {
            ModeAvailability.Plan plan = ModeAvailability.plan("profile", List.of("test-broken", "test-ok"),
                    Kernels.load(loader), false);

            assertThat(plan.runnable()).containsExactly("test-ok");
            assertThat(plan.skipped()).containsOnlyKeys("test-broken");
        }
    }

    @Test
    void require_native_turns_the_skip_into_a_failure_and_a_missing_kernel_always_fails() throws Exception {
        try (URLClassLoader loader = fakes()) {
            Kernels kernels = Kernels.load(loader);
            assertThatThrownBy(() -> ModeAvailability.plan("benchmark", List.of("test-ok", "test-broken"), kernels,
                    true)).isInstanceOf(BenchmarkAbortedException.class)
                    .hasMessage("Mode test-broken cannot run: libdecibench.so not found. Fix: build it with cargo."
                            + " (decibench.requireNative=true; set it to false to skip the mode instead)");
            assertThatThrownBy(() -> ModeAvailability.plan("benchmark", List.of("test-ok", "test-missing"), kernels,
                    false)).isInstanceOf(BenchmarkAbortedException.class)
                    .hasMessageStartingWith("Mode test-missing cannot run: no kernel for mode 'test-missing'");
            assertThatThrownBy(() -> ModeAvailability.plan("profile", List.of("test-broken"), kernels, false))
                    .hasMessageStartingWith("Nothing to profile: none of the selected modes can run here");
        }
    }
}
