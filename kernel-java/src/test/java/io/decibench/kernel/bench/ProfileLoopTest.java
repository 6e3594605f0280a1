package io.decibench.kernel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Presets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
}
