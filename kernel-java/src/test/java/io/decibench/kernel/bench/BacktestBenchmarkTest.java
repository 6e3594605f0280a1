package io.decibench.kernel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Frequency;
import io.decibench.kernel.scenario.BuyAndHold;
import io.decibench.kernel.scenario.ScenarioException;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestBenchmarkTest {

    @Test
    void theBundleDirectoryDefaultsToTheSystemPropertyThenTarget() {
        assertThat(BacktestBenchmark.bundleDirectory("/data/bundles")).hasToString("/data/bundles");
        String previous = System.getProperty("decibench.bundleDir");
        try {
            System.clearProperty("decibench.bundleDir");
            assertThat(BacktestBenchmark.bundleDirectory("")).hasToString("target/decibench/bundles");
            System.setProperty("decibench.bundleDir", "/elsewhere");
            assertThat(BacktestBenchmark.bundleDirectory("")).hasToString("/elsewhere");
        } finally {
            if (previous == null) {
                System.clearProperty("decibench.bundleDir");
            } else {
                System.setProperty("decibench.bundleDir", previous);
            }
        }
    }

    @Test
    void aTrialPreparesAUserScenarioOnTheBundleItIsGiven(@TempDir Path dir) {
        new BundleStore(dir).ensure(new BundleSpec("mine", Frequency.DAILY, 2, LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 2, 28), 1));
        BacktestBenchmark b = benchmark(dir, "hold", "decimal", BuyAndHold.class.getName(), "mine");

        b.prepare();

        assertThat(b.run().scenario()).isEqualTo("hold");
        assertThat(b.run().mode()).isEqualTo("decimal");
    }

    @Test
    void aTrialOfAModeTheScenarioDoesNotImplementFailsBeforeMeasuring(@TempDir Path dir) {
        new BundleStore(dir).ensure(new BundleSpec("mine", Frequency.DAILY, 1, LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 1, 31), 1));
        BacktestBenchmark b = benchmark(dir, "hold", "decimal-native", BuyAndHold.class.getName(), "mine");

        assertThatThrownBy(b::prepare).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("does not implement mode decimal-native");
    }

    private static BacktestBenchmark benchmark(Path dir, String scenario, String mode, String cls, String bundle) {
        BacktestBenchmark b = new BacktestBenchmark();
        b.scenario = scenario;
        b.mode = mode;
        b.bundleDir = dir.toString();
        b.scenarioClass = cls;
        b.bundle = bundle;
        return b;
    }
}
