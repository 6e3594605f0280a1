package io.decibench.plugin.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.plugin.bench.ForkClasspath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileCommandTest {

    private ProfileRequest request(String label, int duration, int warmup) {
        return new ProfileRequest(label, List.of("daily"), List.of("decimal"), duration, warmup, Path.of("/b"),
                Path.of("/r/profiles"), List.of("-Xmx1g"), Duration.ofSeconds(600),
                new ForkClasspath(List.of(Path.of("/k.jar"), Path.of("/j.jar"))), Path.of("/jdk/bin/java"),
                ModuleRules.defaults(), 50);
    }

    @Test
    void runsTheLoopOnTheForkClasspathUnderTheFlightRecorder() {
        Path jfr = Path.of("/r/profiles/before/daily-decimal.jfr");
        List<String> cmd = ProfileCommand.of(request("before", 20, 5), "daily", "decimal", jfr);

        assertThat(cmd.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(cmd).contains("-Xmx1g", "-cp", "/k.jar:/j.jar", "io.decibench.kernel.bench.ProfileLoop");
        assertThat(cmd).filteredOn(a -> a.startsWith("-XX:StartFlightRecording=")).singleElement().satisfies(a ->
                assertThat(a).contains("settings=profile", "filename=" + jfr, "dumponexit=true",
                        "jdk.NativeMethodSample#period=10ms"));
        assertThat(String.join(" ", cmd)).endsWith(
                "--dir /b --scenario daily --mode decimal --warmup 5 --seconds 20");
        assertThat(cmd.indexOf("-Xmx1g")).isLessThan(cmd.indexOf("-cp"));
    }

    @Test
    void badSettingsAreRejectedWithThePropertyToFix() {
        assertThatThrownBy(() -> request("before", 0, 5)).hasMessageContaining("decibench.profileDuration");
        assertThatThrownBy(() -> request("before", 5, -1)).hasMessageContaining("decibench.profileWarmup");
        assertThatThrownBy(() -> request("../up", 5, 1)).hasMessageContaining("Invalid profile label");
    }

    @Test
    void theLabelFolderIsUnderTheProfilesFolder() {
        assertThat(request("after", 5, 1).labelDir()).isEqualTo(Path.of("/r/profiles/after"));
    }
}
