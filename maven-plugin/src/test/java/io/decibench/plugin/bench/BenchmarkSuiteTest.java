package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.spi.Kernels;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Presets;
import io.decibench.kernel.spi.BacktestKernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks a run makes before any fork starts. */
class BenchmarkSuiteTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private BenchmarkRequest request(String scenarios, String modes, boolean requireNative) {
        SuiteSelection selection = SuiteSelection.parse(scenarios, List.of("daily", "hourly", "minute"), modes,
                List.of("float", "decimal", "decimal-native"));
        return new BenchmarkRequest(selection, Measurement.QUICK, true, 30, dir.resolve("bundles"), dir.resolve("r"),
                dir.resolve("r/history.jsonl"), Duration.ofSeconds(30), List.of(), requireNative, false,
                new ForkClasspath(List.of()), dir.resolve("no-java"));
    }

    private SuiteOutcome run(BenchmarkRequest request) throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            return new BenchmarkSuite(request, Kernels.load(empty), s -> { }, warnings::add).run();
        }
    }

    private void bundle(String name) throws Exception {
        Files.createDirectories(dir.resolve("bundles").resolve(name));
        Files.writeString(dir.resolve("bundles").resolve(name).resolve("manifest.json"), "{}");
    }

    @Test
    void a_missing_bundle_stops_the_run_before_any_fork() {
        assertThatThrownBy(() -> run(request("daily,hourly", "decimal-native", false)))
                .isInstanceOf(BenchmarkAbortedException.class)
                .hasMessageContaining("Bundles profiling-daily, profiling-hourly are missing")
                .hasMessageContaining("mvn decibench:setup-bundles");
    }

    private SuiteOutcome runWith(BenchmarkRequest request, ClassLoader kernels) {
        return new BenchmarkSuite(request, Kernels.load(kernels), s -> { }, warnings::add).run();
    }

    /** A loader whose only kernel is a decimal-native one that cannot load here, like one without its library. */
    private URLClassLoader brokenNative() throws Exception {
        Path services = dir.resolve("kernels/META-INF/services/" + BacktestKernel.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, FakeKernel.BrokenNative.class.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.resolve("kernels").toUri().toURL()}, getClass().getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
                // Only this loader's services file: the real kernels on the test classpath stay out of it.
                return findResources(name);
            }
        };
    }

    @Test
    void require_native_turns_an_unavailable_native_mode_into_a_failure() throws Exception {
        bundle("profiling-daily");

        try (URLClassLoader loader = brokenNative()) {
            assertThatThrownBy(() -> runWith(request("daily", "decimal-native", true), loader))
                    .isInstanceOf(BenchmarkAbortedException.class)
                    .hasMessageContaining("Mode decimal-native cannot run: libdecibench.so not found.")
                    .hasMessageContaining("decibench.requireNative");
        }
    }

    @Test
    void a_run_where_no_selected_mode_can_run_stops_with_the_reasons() throws Exception {
        bundle("profiling-daily");

        try (URLClassLoader loader = brokenNative()) {
            assertThatThrownBy(() -> runWith(request("daily", "decimal-native", false), loader))
                    .isInstanceOf(BenchmarkAbortedException.class)
                    .hasMessageContaining("Nothing to benchmark: none of the selected modes can run here"
                            + " (decimal-native: libdecibench.so not found. Fix: build it with cargo.)");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_missing_java_kernel_is_always_a_failure() throws Exception {
        bundle("profiling-daily");

        assertThatThrownBy(() -> run(request("daily", "float", false)))
                .isInstanceOf(BenchmarkAbortedException.class).hasMessageContaining("Mode float cannot run");
    }

    @Test
    void a_flipped_byte_stops_the_run_before_any_fork_naming_the_file_and_the_fix() throws Exception {
        new BundleStore(dir.resolve("bundles")).ensure(Presets.byName("profiling-daily").orElseThrow());
        Path volume = dir.resolve("bundles/profiling-daily/volume.i64");
        byte[] bytes = Files.readAllBytes(volume);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(volume, bytes);

        // A fork would fail differently: its java does not exist.
        assertThatThrownBy(() -> runWith(request("daily", "float", false), getClass().getClassLoader()))
                .isInstanceOf(BenchmarkAbortedException.class)
                .hasMessageContaining("Bundle 'profiling-daily' is damaged: checksum mismatch in " + volume)
                .hasMessageContaining("Fix: run `mvn decibench:setup-bundles`, which regenerates it.");
    }

    @Test
    void an_unwritable_results_folder_stops_the_run_before_any_fork() throws Exception {
        new BundleStore(dir.resolve("bundles")).ensure(Presets.byName("profiling-daily").orElseThrow());
        Files.writeString(dir.resolve("r"), "a file where the results folder should be");

        assertThatThrownBy(() -> runWith(request("daily", "float", false), getClass().getClassLoader()))
                .isInstanceOf(BenchmarkAbortedException.class)
                .hasMessageContaining("Cannot write to " + dir.resolve("r/forks"))
                .hasMessageContaining("where Decibench keeps each fork's log and JSON")
                .hasMessageContaining("decibench.resultsDirectory");
    }

    @Test
    void invalid_timeout_and_target_name_their_property() {
        assertThatThrownBy(() -> new BenchmarkRequest(request("daily", null, false).selection(), Measurement.QUICK,
                true, 30, dir, dir, dir, Duration.ZERO, List.of(), false, false, new ForkClasspath(List.of()), dir))
                .hasMessageContaining("decibench.forkTimeout");
        assertThatThrownBy(() -> new BenchmarkRequest(request("daily", null, false).selection(), Measurement.QUICK,
                true, -1, dir, dir, dir, Duration.ofSeconds(1), List.of(), false, false, new ForkClasspath(List.of()), dir))
                .hasMessageContaining("decibench.target");
    }
}
