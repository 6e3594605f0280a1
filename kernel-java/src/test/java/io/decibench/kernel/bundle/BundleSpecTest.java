package io.decibench.kernel.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleSpecTest {
    private static final LocalDate MON = LocalDate.of(2024, 3, 4);

    @ParameterizedTest
    @ValueSource(strings = {"..", "../x", "a/b", "a\\b", ".hidden", "a..b", "", "a b", "ä"})
    void rejectsNamesThatCouldEscapeTheBundleDirectory(String name) {
        assertThatThrownBy(() -> new BundleSpec(name, Frequency.DAILY, 1, MON, MON, 1))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("Invalid bundle name '" + name + "'")
                .hasMessageContaining("<bundles>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"profiling-daily", "my_bundle.v2", "A1"})
    void acceptsPlainNames(String name) {
        assertThat(new BundleSpec(name, Frequency.DAILY, 1, MON, MON, 1).name()).isEqualTo(name);
    }

    @Test
    void needsAtLeastOneAsset() {
        assertThatThrownBy(() -> new BundleSpec("b", Frequency.DAILY, 0, MON, MON, 1))
                .isInstanceOf(BundleException.class).hasMessageContaining("0 assets");
    }

    @Test
    void startMustNotBeAfterEnd() {
        assertThatThrownBy(() -> new BundleSpec("b", Frequency.DAILY, 1, MON, MON.minusDays(1), 1))
                .isInstanceOf(BundleException.class).hasMessageContaining("after it ends");
    }

    @Test
    void needsASession() {
        // Good Friday 2024 and the weekend after it
        assertThatThrownBy(() -> new BundleSpec("b", Frequency.DAILY, 1, LocalDate.of(2024, 3, 29),
                LocalDate.of(2024, 3, 31), 1))
                .isInstanceOf(BundleException.class).hasMessageContaining("no XNYS session");
    }

    @Test
    void symbolsHaveThreeDigitsOrMoreWhenNeeded() {
        assertThat(new BundleSpec("b", Frequency.DAILY, 3, MON, MON, 1).symbols())
                .containsExactly("SYM000", "SYM001", "SYM002");
        assertThat(new BundleSpec("b", Frequency.DAILY, 1000, MON, MON, 1).symbols()).endsWith("SYM999");
        assertThat(new BundleSpec("b", Frequency.DAILY, 1001, MON, MON, 1).symbols())
                .startsWith("SYM0000").endsWith("SYM1000");
    }

    @Test
    void presetsMatchTheContract() {
        assertThat(Presets.names()).containsExactly("profiling-daily", "profiling-hourly", "profiling-minute");
        BundleSpec daily = Presets.byName("profiling-daily").orElseThrow();
        assertThat(daily.assets()).isEqualTo(50);
        assertThat(daily.symbols()).startsWith("SYM000").endsWith("SYM049");
        assertThat(daily.frequency()).isEqualTo(Frequency.DAILY);
        assertThat(daily.start()).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(daily.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Presets.PROFILING_HOURLY.assets()).isEqualTo(20);
        assertThat(Presets.PROFILING_MINUTE.assets()).isEqualTo(10);
        assertThat(Presets.byName("nope")).isEmpty();
    }
}
