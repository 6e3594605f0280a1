package io.decibench.kernel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Frequency;
import io.decibench.kernel.scenario.BuyAndHold;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profiling JVM's loop runs a user's scenario like a built-in one, and refuses a mode it does not implement. */
class ProfileLoopCustomScenarioTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String mode) {
        new BundleStore(dir).ensure(new BundleSpec("mine", Frequency.DAILY, 2, LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 2, 28), 1));
        return ProfileLoop.run(new String[] {"--dir", dir.toString(), "--scenario", "hold", "--scenario-class",
                BuyAndHold.class.getName(), "--bundle", "mine", "--mode", mode, "--seconds", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void loopsAUserScenarioOnItsBundle() {
        assertThat(run("decimal")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("profile loop: hold / decimal: ");
    }

    @Test
    void aModeTheScenarioDoesNotImplementFailsWithItsMessage() {
        assertThat(run("decimal-native")).isEqualTo(ProfileLoop.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not implement mode decimal-native");
    }
}
