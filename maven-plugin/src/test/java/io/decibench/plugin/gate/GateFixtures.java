package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** Baselines derived from the shared sample run, optionally doctored. */
final class GateFixtures {

    static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");

    private GateFixtures() {
    }

    static BenchmarkResults run() {
        return Fixtures.sampleRun();
    }

    static Baselines baselines() {
        return Baselines.from(run(), Thresholds.DEFAULTS, CREATED);
    }

    /** The baselines with every row's times, ratios and allocations scaled (0.5 = the baseline was twice as fast). */
    static Baselines scaled(double timeFactor, double ratioFactor, double allocFactor) {
        Baselines b = baselines();
        List<BaselineRow> rows = b.rows().stream().map(r -> new BaselineRow(r.scenario(), r.mode(), r.unit(),
                r.overheadRatio() == null ? null : r.overheadRatio() * ratioFactor,
                scale(r.pairRatios(), ratioFactor), r.timeMean() * timeFactor, scale(r.forkMeans(), timeFactor),
                r.allocBytesPerOp() == null ? null : r.allocBytesPerOp() * allocFactor)).toList();
        return new Baselines(b.schemaVersion(), b.createdAt(), b.gitCommit(), b.fingerprint(), b.thresholds(), rows);
    }

    static Baselines withFingerprint(Baselines b, UnaryOperator<Fingerprint> change) {
        return new Baselines(b.schemaVersion(), b.createdAt(), b.gitCommit(), change.apply(b.fingerprint()),
                b.thresholds(), b.rows());
    }

    private static List<Double> scale(List<Double> values, double factor) {
        return values.stream().map(v -> v * factor).toList();
    }
}
