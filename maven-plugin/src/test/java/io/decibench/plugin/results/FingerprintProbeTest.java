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
        // sha256("cpu|2|Linux 6.1.0|amd64|Vendor|17.0.15"), computed independently with sha256sum
        assertThat(Fingerprint.idOf("cpu", 2, "Linux 6.1.0", "amd64", "Vendor", "17.0.15"))
                .isEqualTo(EXPECTED_ID);
    }

    @Test
    void jvmArgsAreRecordedButDoNotChangeTheId() {
        Fingerprint a = Fingerprint.of("cpu", 2, "Linux", "amd64", "V", "17", List.of("-Xmx1g"));
        Fingerprint b = Fingerprint.of("cpu", 2, "Linux", "amd64", "V", "17", List.of("-Xmx2g"));
        Fingerprint c = Fingerprint.of("cpu", 4, "Linux", "amd64", "V", "17", List.of("-Xmx2g"));
        assertThat(a.id()).isEqualTo(b.id()).isNotEqualTo(c.id()).hasSize(16);
        assertThat(b.jvmArgs()).containsExactly("-Xmx2g");
    }

    @Test
    void currentDescribesThisJvm() {
        Fingerprint f = FingerprintProbe.current(List.of("-Xmx2g"));
        assertThat(f.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(f.jdkVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(f.os()).startsWith(System.getProperty("os.name"));
        assertThat(f.cpuModel()).isNotBlank();
        assertThat(f.id()).isEqualTo(Fingerprint.idOf(f.cpuModel(), f.cores(), f.os(), f.arch(), f.jdkVendor(),
                f.jdkVersion()));
    }

    private static final String EXPECTED_ID = "ffeb9f3d4bfb6963";
}
