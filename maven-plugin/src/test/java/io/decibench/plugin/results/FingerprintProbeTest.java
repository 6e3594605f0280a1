package io.decibench.plugin.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintProbeTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFirstModelNameFromCpuInfo() throws Exception {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\n"
                + "model name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\nprocessor\t: 1\nmodel name\t: other\n");
        assertThat(FingerprintProbe.cpuModel(cpuinfo, "amd64")).isEqualTo("Intel(R) Xeon(R) CPU @ 2.20GHz");
    }

    @Test
    void fallsBackToTheArchitectureWithoutModelName() throws Exception {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nCPU implementer\t: 0x41\n");
        assertThat(FingerprintProbe.cpuModel(cpuinfo, "aarch64")).isEqualTo("aarch64");
        assertThat(FingerprintProbe.cpuModel(dir.resolve("missing"), "aarch64")).isEqualTo("aarch64");
    }

    @Test
    void idIsTheFirst16HexOfSha256OfTheJoinedFields() {
        // sha256("cpu|2|24|Linux 6.1.0|amd64|Vendor|17.0.15"), computed independently with sha256sum
        assertThat(Fingerprint.idOf("cpu", 2, 24, "Linux 6.1.0", "amd64", "Vendor", "17.0.15"))
                .isEqualTo(EXPECTED_ID);
        assertThat(Fingerprint.of("cpu", 2, 24, "Linux", "6.1.0", "amd64", "Vendor", "17.0.15", List.of()).id())
                .isEqualTo(EXPECTED_ID);
    }

    @Test
    void twoKernelBuildsOfOneReleaseAreTheSameMachine() {
        Fingerprint a = Fingerprint.of("AMD EPYC", 2, 23, "Linux", "6.18.44-fc-v782", "amd64", "Debian", "17.0.15",
                List.of("-Xms1g"));
        Fingerprint b = Fingerprint.of("AMD EPYC", 2, 23, "Linux", "6.18.44-fc-v669", "amd64", "Debian", "17.0.15",
                List.of("-Xms1g"));
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(a.os()).isEqualTo("Linux 6.18.44");
        assertThat(a.osVersion()).isEqualTo("6.18.44-fc-v782");
        assertThat(b.osVersion()).isEqualTo("6.18.44-fc-v669");
        // Another release, memory size or CPU is another machine.
        assertThat(Fingerprint.of("AMD EPYC", 2, 23, "Linux", "6.19.1-fc-v782", "amd64", "Debian", "17.0.15",
                List.of()).id()).isNotEqualTo(a.id());
        assertThat(Fingerprint.of("AMD EPYC", 2, 47, "Linux", "6.18.44-fc-v782", "amd64", "Debian", "17.0.15",
                List.of()).id()).isNotEqualTo(a.id());
    }

    @Test
    void releaseOfOtherVersionStrings() {
        assertThat(Fingerprint.osWithRelease("Mac OS X", "14.2.1")).isEqualTo("Mac OS X 14.2.1");
        assertThat(Fingerprint.osWithRelease("Windows 11", "10.0")).isEqualTo("Windows 11 10.0");
        assertThat(Fingerprint.osWithRelease("Linux", "5.15.0-91-generic")).isEqualTo("Linux 5.15.0");
        assertThat(Fingerprint.osWithRelease("Plan9", "unknown")).isEqualTo("Plan9");
        assertThat(Fingerprint.osWithRelease("Plan9", null)).isEqualTo("Plan9");
    }

    @Test
    void memoryIsRoundedToWholeGibibytes() {
        assertThat(FingerprintProbe.memoryGiB(24_557_000_000L)).isEqualTo(23);
        assertThat(FingerprintProbe.memoryGiB(25_000_000_000L)).isEqualTo(23);
        assertThat(FingerprintProbe.memoryGiB(0)).isEqualTo(0);
    }

    @Test
    void jvmArgsAreRecordedButDoNotChangeTheId() {
        Fingerprint a = Fingerprint.of("cpu", 2, 8, "Linux", "6.1", "amd64", "V", "17", List.of("-Xmx1g"));
        Fingerprint b = Fingerprint.of("cpu", 2, 8, "Linux", "6.1", "amd64", "V", "17", List.of("-Xmx2g"));
        Fingerprint c = Fingerprint.of("cpu", 4, 8, "Linux", "6.1", "amd64", "V", "17", List.of("-Xmx2g"));
        assertThat(a.id()).isEqualTo(b.id()).isNotEqualTo(c.id()).hasSize(16);
        assertThat(b.jvmArgs()).containsExactly("-Xmx2g");
    }

    @Test
    void currentDescribesThisJvm() {
        Fingerprint f = FingerprintProbe.current(List.of("-Xmx2g"));
        assertThat(f.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(f.jdkVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(f.os()).startsWith(System.getProperty("os.name"));
        assertThat(f.osVersion()).isEqualTo(System.getProperty("os.version"));
        assertThat(f.memoryGiB()).isPositive();
        assertThat(f.cpuModel()).isNotBlank();
        assertThat(f.id()).isEqualTo(Fingerprint.idOf(f.cpuModel(), f.cores(), f.memoryGiB(), f.os(), f.arch(),
                f.jdkVendor(), f.jdkVersion()));
    }

    private static final String EXPECTED_ID = "4c91bbe69cda6dc5";
}
