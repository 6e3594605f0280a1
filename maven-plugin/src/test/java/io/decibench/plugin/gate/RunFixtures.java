package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.ForkLoad;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.results.Settings;
import java.util.Collections;
import java.util.List;

/** Copies of a run with one thing changed: its settings, or the load its forks ran under. */
final class RunFixtures {

    private RunFixtures() {
    }

    /** The run as if it had ended {@code seconds} later: another run of the same numbers. */
    static BenchmarkResults later(BenchmarkResults r, long seconds) {
        return new BenchmarkResults(r.schemaVersion(), r.timestamp().plusSeconds(seconds), r.gitCommit(),
                r.fingerprint(), r.settings(), r.results(), r.overheads(), r.overall(), r.verdict(), r.exactness(),
                r.forkVm());
    }

    /** {@code n} runs of the same numbers, each ending a minute after the one before. */
    static List<BenchmarkResults> repeated(BenchmarkResults r, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> later(r, 60L * i)).toList();
    }

    static BenchmarkResults withSettings(BenchmarkResults r, Settings s) {
        return new BenchmarkResults(r.schemaVersion(), r.timestamp(), r.gitCommit(), r.fingerprint(), s, r.results(),
                r.overheads(), r.overall(), r.verdict(), r.exactness(), r.forkVm());
    }

    /** The run measured with other warm-up settings. */
    static BenchmarkResults withWarmup(BenchmarkResults r, int iterations, String time) {
        Settings s = r.settings();
        return withSettings(r, new Settings(s.scenarios(), s.modes(), s.runs(), iterations, time, s.iterations(),
                s.iterationTime(), s.quick(), s.targetPercent(), s.confidence(), s.order(), s.forkTimeoutSeconds(),
                s.forkStatistic(), s.slowdown(), s.contentionLimit()));
    }

    /** The run as if its file had recorded another per-fork statistic (older files: median). */
    static BenchmarkResults withStatistic(BenchmarkResults r, String statistic) {
        Settings s = r.settings();
        return withSettings(r, new Settings(s.scenarios(), s.modes(), s.runs(), s.warmupIterations(),
                s.warmupTime(), s.iterations(), s.iterationTime(), s.quick(), s.targetPercent(), s.confidence(),
                s.order(), s.forkTimeoutSeconds(), statistic, s.slowdown(), s.contentionLimit()));
    }

    /** The run with an injected slowdown recorded in its settings (the numbers are unchanged). */
    static BenchmarkResults slowed(BenchmarkResults r, String mode, double fraction) {
        Settings s = r.settings();
        return withSettings(r, new Settings(s.scenarios(), s.modes(), s.runs(), s.warmupIterations(),
                s.warmupTime(), s.iterations(), s.iterationTime(), s.quick(), s.targetPercent(), s.confidence(),
                s.order(), s.forkTimeoutSeconds(), s.forkStatistic(), java.util.Map.of(mode, fraction),
                s.contentionLimit()));
    }

    /** The run with every fork of one scenario x mode recorded as having run under {@code load}. */
    static BenchmarkResults withLoad(BenchmarkResults r, String scenario, String mode, ForkLoad load) {
        List<ModeResult> rows = r.results().stream().map(m -> !m.scenario().equals(scenario)
                || !m.mode().equals(mode) ? m : new ModeResult(m.scenario(), m.mode(), m.status(), m.reason(),
                m.unit(), m.forkMeans(), m.samples(), m.mean(), m.median(), m.min(), m.max(), m.ciLow(), m.ciHigh(),
                m.allocBytesPerOp(), m.nsPerBar(), m.extraNsPerBar(), Collections.nCopies(m.forkMeans().size(), load)))
                .toList();
        return new BenchmarkResults(r.schemaVersion(), r.timestamp(), r.gitCommit(), r.fingerprint(), r.settings(),
                rows, r.overheads(), r.overall(), r.verdict(), r.exactness(), r.forkVm());
    }

    static final ForkLoad CONTENDED = new ForkLoad(1.4, 0.9, 6.0, true, 1);
}
