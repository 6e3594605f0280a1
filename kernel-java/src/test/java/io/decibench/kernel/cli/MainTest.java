package io.decibench.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.Frequency;
import io.decibench.kernel.scenario.BuyAndHold;
import io.decibench.kernel.spi.Kernels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), this::echoKernels);
    }

    /** Kernels seen through a class loader whose only extra service entry is {@link EchoKernel}. */
    private Kernels echoKernels() {
        try {
            Path services = dir.resolve("services").resolve("META-INF/services");
            Files.createDirectories(services);
            Files.writeString(services.resolve("io.decibench.kernel.spi.BacktestKernel"), EchoKernel.class.getName());
            URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("services").toUri().toURL()},
                    getClass().getClassLoader());
            return Kernels.load(loader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bundleGeneratesAPresetThenFindsItUpToDate() {
        Path bundles = dir.resolve("bundles");
        assertThat(main("bundle", "--dir", bundles.toString(), "--name", "profiling-hourly")).isZero();
        assertThat(main("bundle", "--dir", bundles.toString(), "--name", "profiling-hourly")).isZero();
        assertThat(out()).isEqualTo("GENERATED profiling-hourly\nUP_TO_DATE profiling-hourly\n".replace("\n",
                System.lineSeparator()));
        assertThat(bundles.resolve("profiling-hourly").resolve("manifest.json")).exists();
    }

    @Test
    void runPrintsTheResultFieldsAsOneJsonObject() throws IOException {
        Path bundles = dir.resolve("bundles");
        main("bundle", "--dir", bundles.toString(), "--name", "profiling-hourly");
        out.reset();

        assertThat(main("run", "--dir", bundles.toString(), "--scenario", "hourly", "--mode", EchoKernel.MODE))
                .as(err()).isZero();

        Bundle bundle = new BundleStore(bundles).open("profiling-hourly");
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("scenario").asText()).isEqualTo("hourly");
        assertThat(json.get("mode").asText()).isEqualTo(EchoKernel.MODE);
        assertThat(json.get("trades").asLong()).isEqualTo(bundle.barCount());
        assertThat(json.get("sharesFilled").asLong()).isEqualTo(bundle.sessions());
        assertThat(json.get("finalValue").isNumber()).isTrue();
        assertThat(out()).contains("\"finalValue\":100000.0000")
                .contains("\"totalReturn\":0.000000000001") // plain, not 1E-12
                .contains("\"commissions\":" + BigDecimal.valueOf(
                        bundle.value(Column.CLOSE, 0, bundle.barsPerAsset() - 1), 4).toPlainString());
        assertThat(json.has("sessionValuesSha256")).isTrue();
        assertThat(json.get("sessionValues").size()).isEqualTo(json.get("sessions").asInt());
        assertThat(json.get("decisions").isNull()).as("a kernel that records no decisions").isTrue();
    }

    @Test
    void runPrintsEveryTargetChangeAsAssetBarTarget() throws IOException {
        Path bundles = dir.resolve("bundles");
        main("bundle", "--dir", bundles.toString(), "--name", "profiling-hourly");
        out.reset();

        assertThat(Main.run(new String[] {"run", "--dir", bundles.toString(), "--scenario", "hourly", "--mode",
                "decimal-fixed"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).as(err()).isZero();

        JsonNode json = new ObjectMapper().readTree(out());
        JsonNode decisions = json.get("decisions");
        assertThat(decisions.isArray()).isTrue();
        assertThat(decisions.size()).isPositive();
        for (JsonNode d : decisions) {
            assertThat(d.size()).isEqualTo(3);
            assertThat(d.get(2).asLong()).isIn(0L, 100L); // the hourly rule's two targets
        }
        // the standing target alternates, so consecutive changes of one asset differ
        assertThat(decisions.get(0).get(2).asLong()).isEqualTo(100L);
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.subList(keys.size() - 2, keys.size())).containsExactly("sessionValues", "decisions");
    }

    @Test
    void runsACustomScenarioClassOnTheBundleItIsGiven() throws IOException {
        Path bundles = dir.resolve("bundles");
        new BundleStore(bundles).ensure(new BundleSpec("my-daily", Frequency.DAILY, 2, LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 2, 28), 3));
        assertThat(main("run", "--dir", bundles.toString(), "--scenario", "hold", "--mode", "decimal",
                "--scenario-class", BuyAndHold.class.getName(), "--bundle", "my-daily")).as(err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("scenario").asText()).isEqualTo("hold");
        assertThat(json.get("mode").asText()).isEqualTo("decimal");
        assertThat(json.get("sessions").asInt()).isEqualTo(new BundleStore(bundles).open("my-daily").sessions());
    }

    @Test
    void aCustomScenarioFailsNamingItsClassAndHowToFixIt() {
        assertThat(main("run", "--dir", dir.toString(), "--scenario", "mine", "--mode", "float",
                "--scenario-class", "com.example.Missing")).isEqualTo(Main.FAILURE);
        assertThat(err()).contains("Scenario class com.example.Missing of scenario 'mine' was not found");
        err.reset();
        assertThat(main("run", "--dir", dir.toString(), "--scenario", "hold", "--mode", "decimal",
                "--scenario-class", BuyAndHold.class.getName(), "--bundle", "nowhere")).isEqualTo(Main.FAILURE);
        assertThat(err()).contains("bundle 'nowhere' of scenario 'hold' not found",
                "declare it in the plugin's <bundles> configuration and run mvn decibench:setup-bundles");
    }

    @Test
    void runOnAMissingBundleFailsSayingHowToCreateIt() {
        int code = main("run", "--dir", dir.resolve("none").toString(), "--scenario", "daily", "--mode",
                EchoKernel.MODE);
        assertThat(code).isEqualTo(Main.FAILURE);
        assertThat(err()).contains("bundle 'profiling-daily' of scenario 'daily' not found",
                "decibench bundle --dir " + dir.resolve("none") + " --name profiling-daily");
    }

    @Test
    void unknownScenarioListsTheValidOnes() {
        assertThat(main("run", "--dir", dir.toString(), "--scenario", "weekly", "--mode", "float"))
                .isEqualTo(Main.USAGE);
        assertThat(err()).contains("unknown scenario 'weekly'", "daily, hourly, minute", "Usage:");
    }

    @Test
    void unknownModeListsTheValidOnes() {
        assertThat(main("run", "--dir", dir.toString(), "--scenario", "daily", "--mode", "fixed"))
                .isEqualTo(Main.USAGE);
        assertThat(err()).contains("Unknown mode 'fixed'", "float, decimal, decimal-fixed, float-native, decimal-native");
    }

    @Test
    void unknownPresetListsTheValidOnes() {
        assertThat(main("bundle", "--dir", dir.toString(), "--name", "weekly")).isEqualTo(Main.USAGE);
        assertThat(err()).contains("unknown preset 'weekly'", "profiling-daily, profiling-hourly, profiling-minute");
    }

    @Test
    void badArgumentsPrintUsageAndExitWithTwo() {
        assertThat(main()).isEqualTo(Main.USAGE);
        assertThat(main("frobnicate")).isEqualTo(Main.USAGE);
        assertThat(main("bundle", "--dir")).isEqualTo(Main.USAGE);
        assertThat(main("bundle", "--name", "profiling-daily")).isEqualTo(Main.USAGE);
        assertThat(main("bundle", "dir", "x")).isEqualTo(Main.USAGE);
        assertThat(err()).contains("no command given", "unknown command 'frobnicate'", "option --dir needs a value",
                "missing option --dir", "expected an option like --dir, got 'dir'", "Usage:");
        assertThat(out()).isEmpty();
    }
}
