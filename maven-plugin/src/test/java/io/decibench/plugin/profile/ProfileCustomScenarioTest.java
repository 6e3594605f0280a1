package io.decibench.plugin.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.scenario.ScenarioRegistry;
import io.decibench.plugin.bench.ForkClasspath;
import io.decibench.plugin.config.BundleConfig;
import io.decibench.plugin.config.ScenarioCatalog;
import io.decibench.plugin.config.ScenarioConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A user's scenario is profiled like a built-in one: its class and bundle reach the profiling JVM. */
class ProfileCustomScenarioTest {
    private static final String OWN = "io.decibench.plugin.config.UserScenarios$FloatAndDecimal";

    @Test
    void theProfilingJvmOfAUserScenarioGetsItsClassAndBundle() {
        ScenarioCatalog catalog = ScenarioCatalog.of(
                List.of(new ScenarioConfig("own", OWN, null)),
                List.of(new BundleConfig("user-minute", "minute", 1, "2024-03-01", "2024-03-08", 1L)),
                new ScenarioRegistry(getClass().getClassLoader()));
        ProfileRequest request = new ProfileRequest("before", List.of("own"), List.of("decimal"), 5, 1,
                Path.of("/b"), Path.of("/r/profiles"), List.of(), Duration.ofSeconds(600),
                new ForkClasspath(List.of(Path.of("/k.jar"))), Path.of("/jdk/bin/java"), ModuleRules.defaults(), 50,
                catalog);

        List<String> cmd = ProfileCommand.of(request, "own", "decimal", Path.of("/r/own-decimal.jfr"));

        assertThat(String.join(" ", cmd)).endsWith("--dir /b --scenario own --mode decimal --warmup 1 --seconds 5"
                + " --scenario-class " + OWN + " --bundle user-minute");
    }
}
