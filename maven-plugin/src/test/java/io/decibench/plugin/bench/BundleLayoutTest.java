package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Presets;
import io.decibench.plugin.results.ScenarioInfo;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BundleLayoutTest {

    @Test
    void barsPerBacktestAreAssetsTimesTheBarsOfTheTimeline() {
        ScenarioInfo daily = BundleLayout.of(Presets.PROFILING_DAILY).info("daily");
        // 2022-01-03 .. 2024-12-31: 753 XNYS sessions, one bar each, 50 assets.
        assertThat(daily).isEqualTo(new ScenarioInfo("daily", "profiling-daily", 50, 753, 37_650));
    }

    @Test
    void aBarIsLocatedInItsTradingSessionAndAnAssetByItsSymbol() {
        BundleLayout minute = BundleLayout.of(Presets.PROFILING_MINUTE);
        assertThat(minute.session(0)).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(minute.session(389)).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(minute.session(390)).isEqualTo(LocalDate.of(2024, 9, 4));
        assertThat(minute.session(-1)).isNull();
        assertThat(minute.session(10_000_000)).isNull();
        assertThat(minute.symbol(3)).isEqualTo("SYM003");
        assertThat(minute.symbol(99)).isEqualTo("asset 99");
    }
}
