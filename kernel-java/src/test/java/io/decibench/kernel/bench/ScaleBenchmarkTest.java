package io.decibench.kernel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;

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
}
