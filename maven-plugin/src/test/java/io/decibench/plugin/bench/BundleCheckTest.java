package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCheckTest {

    @TempDir
    Path dir;

    @Test
    void a_bundle_without_manifest_is_missing() throws Exception {
        Files.createDirectories(dir.resolve("profiling-daily"));
        Files.writeString(dir.resolve("profiling-daily/manifest.json"), "{}");
        Files.createDirectories(dir.resolve("profiling-hourly"));

        assertThat(BundleCheck.missing(dir, List.of("profiling-daily", "profiling-hourly", "profiling-minute",
                "profiling-minute"))).containsExactly("profiling-hourly", "profiling-minute");
    }

    @Test
    void the_message_says_where_and_which_command_fixes_it() {
        assertThat(BundleCheck.message(dir, List.of("profiling-daily")))
                .startsWith("Bundle profiling-daily is missing in " + dir)
                .contains("run mvn decibench:setup-bundles");
    }
}
