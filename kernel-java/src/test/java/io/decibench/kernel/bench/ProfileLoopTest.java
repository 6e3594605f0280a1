package io.decibench.kernel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Presets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoopTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ProfileLoop.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void runsTheBacktestAtLeastOnceAndSaysHowOften() {
        new BundleStore(dir).ensure(Presets.PROFILING_DAILY);

        int code = run("--dir", dir.toString(), "--scenario", "daily", "--mode", "float", "--seconds", "0");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("(?s)profile loop: daily / float: [1-9]\\d* backtests in .*");
    }

    @Test
    void marksTheMeasuredLoopWithAWindowEventForTheRecordingsReader() throws Exception {
        new BundleStore(dir).ensure(Presets.PROFILING_DAILY);
        Path file = dir.resolve("loop.jfr");
        try (Recording r = new Recording()) {
            r.enable(ProfileLoop.WINDOW_EVENT);
            r.start();
            assertThat(run("--dir", dir.toString(), "--scenario", "daily", "--mode", "float", "--warmup", "0",
                    "--seconds", "0")).as(err.toString(StandardCharsets.UTF_8)).isZero();
            r.stop();
            r.dump(file);
        }

        List<RecordedEvent> windows = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals(ProfileLoop.WINDOW_EVENT)).toList();
        assertThat(windows).singleElement().satisfies(w -> {
            assertThat(w.getLong("backtests")).isPositive();
            assertThat(w.getEndTime()).isAfterOrEqualTo(w.getStartTime());
        });
    }

    @Test
    void anUnknownScenarioListsTheValidOnes() {
        int code = run("--dir", dir.toString(), "--scenario", "weekly", "--mode", "float", "--seconds", "1");

        assertThat(code).isEqualTo(ProfileLoop.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown scenario 'weekly'", "daily, hourly, minute");
    }

    @Test
    void aMissingBundleSaysHowToCreateIt() {
        int code = run("--dir", dir.toString(), "--scenario", "daily", "--mode", "float", "--seconds", "1");

        assertThat(code).isEqualTo(ProfileLoop.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("profiling-daily", "setup-bundles");
    }

    @Test
    void aMissingOptionIsNamed() {
        assertThat(run("--dir", dir.toString(), "--scenario", "daily")).isEqualTo(ProfileLoop.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --mode");
    }

    @Test
    void aNegativeWarmupIsRejected() {
        assertThat(run("--dir", dir.toString(), "--scenario", "daily", "--mode", "float", "--warmup", "-1",
                "--seconds", "1")).isEqualTo(ProfileLoop.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--warmup and --seconds must be numbers");
    }
}
