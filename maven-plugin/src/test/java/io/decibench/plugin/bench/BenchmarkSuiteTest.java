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

    @Test
    void an_unavailable_native_mode_is_skipped_with_a_warning() throws Exception {
        bundle("profiling-daily");

        SuiteOutcome outcome = run(request("daily", "decimal-native", false));

        assertThat(outcome.samples()).isEmpty();
        assertThat(outcome.unavailableModes()).containsOnlyKeys("decimal-native");
        assertThat(warnings).singleElement().asString().startsWith("Mode decimal-native is unavailable");
    }

    @Test
    void require_native_turns_an_unavailable_native_mode_into_a_failure() throws Exception {
        bundle("profiling-daily");

        assertThatThrownBy(() -> run(request("daily", "decimal-native", true)))
                .isInstanceOf(BenchmarkAbortedException.class)
                .hasMessageContaining("Mode decimal-native cannot run").hasMessageContaining("decibench.requireNative");
    }

    @Test
    void a_missing_java_kernel_is_always_a_failure() throws Exception {
        bundle("profiling-daily");

        assertThatThrownBy(() -> run(request("daily", "float", false)))
                .isInstanceOf(BenchmarkAbortedException.class).hasMessageContaining("Mode float cannot run");
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
