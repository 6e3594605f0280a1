package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Baselines derived from the shared sample run, optionally doctored. */
final class GateFixtures {

    static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");

    private GateFixtures() {
    }

    static BenchmarkResults run() {
        return Fixtures.sampleRun();
    }

    /** Three sessions of the sample run: identical sessions, so the baseline sees no session offset. */
    static Baselines baselines() {
        return baselines(3);
    }

    /** {@code sessions} sessions of the sample run. */
    static Baselines baselines(int sessions) {
        return record(RunFixtures.repeated(run(), sessions));
    }

    /** Baselines recorded from these runs, one session each. */
    static Baselines record(List<BenchmarkResults> runs) {
        return BaselineUpdate.apply(Optional.empty(), runs, options(false), CREATED).next();
    }

    static BaselineUpdate.Options options(boolean replace, String... delete) {
        return new BaselineUpdate.Options(replace, List.of(delete), 10, null, null, null);
    }

    /** The baselines with every session's times, ratios and allocations scaled (0.5 = the baseline was twice as fast). */
    static Baselines scaled(double timeFactor, double ratioFactor, double allocFactor) {
        return scaled(baselines(), timeFactor, ratioFactor, allocFactor);
    }

    static Baselines scaled(Baselines b, double timeFactor, double ratioFactor, double allocFactor) {
        List<BaselineRow> rows = new ArrayList<>();
        for (BaselineRow r : b.rows()) {
            rows.add(r.withSessions(r.sessions().stream().map(s -> new SessionSamples(s.session(),
                    scale(s.forkTimes(), timeFactor), scale(s.pairRatios(), ratioFactor),
                    s.allocBytesPerOp() == null ? null : s.allocBytesPerOp() * allocFactor, s.note())).toList()));
        }
        return withRows(b, rows);
    }

    static Baselines withRows(Baselines b, List<BaselineRow> rows) {
        return new Baselines(b.schemaVersion(), b.createdAt(), b.updatedAt(), b.fingerprint(), b.settings(),
                b.thresholds(), b.sessions(), rows);
    }

    static Baselines withFingerprint(Baselines b, UnaryOperator<Fingerprint> change) {
        return new Baselines(b.schemaVersion(), b.createdAt(), b.updatedAt(), change.apply(b.fingerprint()),
                b.settings(), b.thresholds(), b.sessions(), b.rows());
    }

    static Baselines withThresholds(Baselines b, Thresholds t) {
        return new Baselines(b.schemaVersion(), b.createdAt(), b.updatedAt(), b.fingerprint(), b.settings(), t,
                b.sessions(), b.rows());
    }

    /** Another machine: another CPU model and core count. */
    static Fingerprint otherMachine(Fingerprint f) {
        return Fingerprint.of("Other CPU", 64, f.memoryGiB(), "Linux", f.osVersion(), f.arch(), f.jdkVendor(),
                f.jdkVersion(), f.jvmArgs());
    }

    private static List<Double> scale(List<Double> values, double factor) {
        return values.stream().map(v -> v * factor).toList();
    }
}
