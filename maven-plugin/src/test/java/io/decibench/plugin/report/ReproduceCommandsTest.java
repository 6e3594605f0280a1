package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReproduceCommandsTest {

    @Test
    void checksOutTheCommitAndRerunsExactlyTheRecordedSettings() {
        List<String> commands = ReproduceCommands.of(Fixtures.sampleRun());

        assertThat(commands).containsExactly(
                "git checkout 3f2a9c",
                "mvn verify -Ddecibench.scenarios=daily,hourly -Ddecibench.modes=float,decimal,decimal-native"
                        + " -Ddecibench.runs=5 -Ddecibench.warmupIterations=3 -Ddecibench.warmupTime=1s"
                        + " -Ddecibench.iterations=5 -Ddecibench.iterationTime=1s -Ddecibench.target=30"
                        + " -Ddecibench.forkTimeout=600",
                "mvn site    # or only this page: mvn decibench:report");
    }

    @Test
    void keepsTheQuickPresetAndAFractionalTargetAndSkipsTheCheckoutWithoutACommit() {
        BenchmarkResults r = Fixtures.sampleRun();
        Settings quick = new Settings(List.of("daily"), List.of("float", "decimal"), 3, 2, "500ms", 3, "500ms",
                true, 12.5, 0.95, "counterbalanced", 120);
        BenchmarkResults run = new BenchmarkResults(1, r.timestamp(), null, r.fingerprint(), quick, r.results(),
                r.overheads(), r.overall(), r.verdict(), r.exactness(), r.forkVm());

        List<String> commands = ReproduceCommands.of(run);

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0)).contains("-Ddecibench.quick=true").contains("-Ddecibench.target=12.5")
                .contains("-Ddecibench.runs=3");
    }

    @Test
    void atTheRootOfAReactorTheCommandsCarryWhatReachesTheProject() {
        String mvn = MavenCommand.prefix(true, List.of("main-job"));

        List<String> commands = ReproduceCommands.of(Fixtures.sampleRun(), mvn);

        assertThat(mvn).isEqualTo("mvn -N -Pmain-job");
        assertThat(commands.get(1)).startsWith("mvn -N -Pmain-job verify -Ddecibench.scenarios=daily,hourly");
        assertThat(commands.get(2)).isEqualTo("mvn -N -Pmain-job site    # or only this page: mvn -N -Pmain-job"
                + " decibench:report");
        assertThat(MavenCommand.prefix(false, List.of())).isEqualTo("mvn");
    }
}
