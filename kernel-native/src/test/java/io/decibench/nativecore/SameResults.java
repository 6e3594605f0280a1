package io.decibench.nativecore;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Presets;
import io.decibench.kernel.spi.BacktestResult;
import java.nio.file.Path;
import java.util.Map;

/** What "two modes agree bit for bit" means in these tests, and the preset bundles they run on. */
final class SameResults {
    private SameResults() {
    }

    /**
     * Every reported field equal (BigDecimals with their scale; those of equal doubles are equal), every session
     * value equal, the same decisions when both recorded them; only the mode name differs.
     */
    static void assertSame(BacktestResult a, BacktestResult b, String why) {
        Map<String, Object> x = a.fields();
        Map<String, Object> y = b.fields();
        x.remove("mode");
        y.remove("mode");
        assertThat(x).as(why).isEqualTo(y);
        assertThat(a.sessionValues().size()).as(why).isEqualTo(b.sessionValues().size());
        for (int s = 0; s < a.sessionValues().size(); s++) {
            assertThat(a.sessionValues().get(s)).as("session %d of %s", s, why).isEqualTo(b.sessionValues().get(s));
        }
        assertThat(a.decisions()).as("decisions of %s", why).isEqualTo(b.decisions());
    }

    /** A store in {@code dir} holding the three preset bundles. */
    static BundleStore presets(Path dir) {
        BundleStore store = new BundleStore(dir);
        for (BundleSpec spec : Presets.ALL) {
            store.ensure(spec);
        }
        return store;
    }
}
