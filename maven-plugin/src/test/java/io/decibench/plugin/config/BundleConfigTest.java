package io.decibench.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.BundleException;
import io.decibench.kernel.bundle.Frequency;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BundleConfigTest {

    @Test
    void aCompleteDeclarationBecomesItsSpec() {
        var spec = new BundleConfig(" big-minute ", "Minute", 100, "2024-01-02", "2024-12-31", 5L).toSpec();
        assertThat(spec.name()).isEqualTo("big-minute");
        assertThat(spec.frequency()).isEqualTo(Frequency.MINUTE);
        assertThat(spec.assets()).isEqualTo(100);
        assertThat(spec.start()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(spec.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(spec.seed()).isEqualTo(5L);
    }

    @Test
    void withoutASeedTheNameGivesAStableOne() {
        var a = new BundleConfig("b", "daily", 1, "2024-01-02", "2024-01-31", null).toSpec();
        var b = new BundleConfig("b", "daily", 1, "2024-01-02", "2024-01-31", null).toSpec();
        assertThat(a.seed()).isEqualTo(b.seed()).isEqualTo("b".hashCode());
    }

    @Test
    void everyMissingOrMalformedFieldIsNamed() {
        assertThatThrownBy(() -> new BundleConfig(null, "daily", 1, "2024-01-02", "2024-01-31", 1L).toSpec())
                .hasMessageContaining("has no <name>");
        assertThatThrownBy(() -> new BundleConfig("b", "weekly", 1, "2024-01-02", "2024-01-31", 1L).toSpec())
                .hasMessageContaining("<bundles><bundle> 'b': Unknown frequency 'weekly'; valid values: daily,"
                        + " hourly, minute");
        assertThatThrownBy(() -> new BundleConfig("b", "daily", null, "2024-01-02", "2024-01-31", 1L).toSpec())
                .hasMessageContaining("'b' has no <assets>");
        assertThatThrownBy(() -> new BundleConfig("b", "daily", 1, "2024-13-02", "2024-01-31", 1L).toSpec())
                .hasMessageContaining("<start> '2024-13-02' is not a date").hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> new BundleConfig("b", "daily", 1, "2024-01-02", null, 1L).toSpec())
                .hasMessageContaining("'b' has no <end>");
        assertThatThrownBy(() -> new BundleConfig("b", "daily", 0, "2024-01-02", "2024-01-31", 1L).toSpec())
                .isInstanceOf(BundleException.class).hasMessageContaining("has 0 assets");
        assertThatThrownBy(() -> new BundleConfig("../b", "daily", 1, "2024-01-02", "2024-01-31", 1L).toSpec())
                .isInstanceOf(BundleException.class).hasMessageContaining("can never escape");
    }
}
