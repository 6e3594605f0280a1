package io.decibench.kernel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.scenario.ResolvedScenario;
import io.decibench.kernel.scenario.ScenarioRegistry;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleBenchmarkTest {

    @Test
    void nominalSizesMapToOneTenAndAHundredAssetYearsOfMinutes() {
        assertThat(ScaleBenchmark.spec(100_000).assets()).isEqualTo(1);
        assertThat(ScaleBenchmark.spec(1_000_000).assets()).isEqualTo(10);
        assertThat(ScaleBenchmark.spec(10_000_000).assets()).isEqualTo(100);
        assertThat(ScaleBenchmark.spec(10_000_000).name()).isEqualTo("scale-minute-100");
    }

    @Test
    void oneAssetYearHasTheBarsTheBenchmarkAssumes(@TempDir Path dir) {
        BundleSpec spec = ScaleBenchmark.spec(100_000);
        BundleStore store = new BundleStore(dir);
        store.ensure(spec);
        assertThat(store.open(spec.name()).barCount()).isEqualTo(ScaleBenchmark.BARS_PER_ASSET_YEAR);
    }

    /** The 10^6 size end to end (the 10^7 one is a manual JMH run: see the custom-scenarios site page). */
    @Test
    void aMillionBarBundleGeneratesMapsAndRunsInTheJavaModes(@TempDir Path dir) {
        BundleSpec spec = ScaleBenchmark.spec(1_000_000);
        BundleStore store = new BundleStore(dir);
        store.ensure(spec);
        Bundle bundle = store.open(spec.name());
        assertThat(bundle.barCount()).isEqualTo(10L * ScaleBenchmark.BARS_PER_ASSET_YEAR);

        ResolvedScenario minute = new ScenarioRegistry(getClass().getClassLoader()).resolve("minute", "", spec.name());
        BacktestResult decimal = minute.prepare(Modes.DECIMAL, bundle, ScaleBenchmark.rules(10), Kernels.load()).run();
        BacktestResult floating = minute.prepare(Modes.FLOAT, bundle, ScaleBenchmark.rules(10), Kernels.load()).run();

        assertThat(decimal.sessionValues().size()).isEqualTo(252);
        assertThat(decimal.trades()).isPositive();
        assertThat(decimal.finalValue()).isPositive();
        // Within 1e-4 relative, not 1e-6: on a million bars a few exact ties flip in double (see the semantics page).
        assertThat(floating.finalValue().doubleValue()).isCloseTo(decimal.finalValue().doubleValue(),
                within(1e-4 * decimal.finalValue().doubleValue()));
    }
}
