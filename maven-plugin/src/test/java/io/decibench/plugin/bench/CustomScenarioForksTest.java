package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.config.CustomScenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How user scenarios reach the forks: their class and bundle on the command line, n/a cells left out. */
class CustomScenarioForksTest {
    private static final List<String> MODES = List.of("float", "decimal", "decimal-native");
    private final ForkCommand command = new ForkCommand(Path.of("/jdk/bin/java"),
            new ForkClasspath(List.of(Path.of("/k.jar"))), Path.of("/b"), List.of(), false,
            Map.of("own", new CustomScenario("own", "com.example.Own", "user-minute")));

    @Test
    void cellsAScenarioDoesNotImplementAreLeftOutOfEveryRound() {
        List<ScheduledFork> forks = ForkSchedule.williams(List.of("daily", "own"), MODES, 2,
                (scenario, mode) -> !(scenario.equals("own") && mode.equals("decimal-native")), Slowdown.NONE);

        assertThat(forks).extracting(f -> f.round() + ":" + f.scenario() + ":" + f.mode() + ":" + f.position())
                .containsExactly(
                        "1:daily:float:0", "1:daily:decimal:1", "1:daily:decimal-native:2",
                        "1:own:float:0", "1:own:decimal:1",
                        "2:daily:decimal-native:0", "2:daily:decimal:1", "2:daily:float:2",
                        "2:own:decimal:0", "2:own:float:1");
        assertThat(forks).allSatisfy(f -> assertThat(f.total()).isEqualTo(10));
        assertThat(forks).extracting(ScheduledFork::index).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void aUserScenariosForkGetsItsClassAndBundle() {
        List<String> cmd = command.jmhFork(new ScheduledFork(1, 1, 1, 1, 0, "own", "decimal"), Measurement.QUICK,
                Path.of("/r.json"));
        assertThat(String.join(" ", cmd)).contains("-p scenario=own -p mode=decimal -p bundleDir=/b"
                + " -p scenarioClass=com.example.Own -p bundle=user-minute -f 1");
    }

    @Test
    void aBuiltInForkStaysAsItWas() {
        List<String> cmd = command.jmhFork(new ScheduledFork(1, 1, 1, 1, 0, "daily", "float"), Measurement.QUICK,
                Path.of("/r.json"));
        assertThat(cmd).noneMatch(a -> a.startsWith("scenarioClass=") || a.startsWith("bundle="));
        assertThat(String.join(" ", cmd)).contains("-p bundleDir=/b -f 1");
    }

    @Test
    void theExactnessRunOfAUserScenarioNamesItsClassAndBundle() {
        assertThat(command.cliRun("own", "float")).containsExactly("/jdk/bin/java", "-cp", "/k.jar",
                "io.decibench.kernel.bench.ExitWithParent", "io.decibench.kernel.cli.Main", "run", "--dir", "/b", "--scenario", "own", "--mode", "float",
                "--scenario-class", "com.example.Own", "--bundle", "user-minute");
    }
}
