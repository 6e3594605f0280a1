package io.decibench.plugin.calibrate;

import io.decibench.kernel.spi.Kernels;
import io.decibench.plugin.bench.BenchmarkRequest;
import io.decibench.plugin.bench.BenchmarkSuite;
import io.decibench.plugin.bench.ResultsPublisher;
import io.decibench.plugin.bench.Slowdown;
import io.decibench.plugin.bench.SuiteOutcome;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.FingerprintProbe;
import io.decibench.plugin.results.ForkVm;
import io.decibench.plugin.results.ResultsJson;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a {@link CalibrationPlan}: each session is a whole benchmark run (forks only, no exactness probe) written to
 * {@code <dir>/sessions/session-NN.json} or {@code <dir>/slowed/<mode>-<percent>-NN.json}. The user's latest
 * benchmark-results.json and history are left alone.
 */
public final class CalibrationRunner {

    private final BenchmarkRequest request;
    private final Kernels kernels;
    private final String gitCommit;
    private final Consumer<String> info;
    private final Consumer<String> warn;

    public CalibrationRunner(BenchmarkRequest request, Kernels kernels, String gitCommit, Consumer<String> info,
                             Consumer<String> warn) {
        this.request = request;
        this.kernels = kernels;
        this.gitCommit = gitCommit;
        this.info = info;
        this.warn = warn;
    }

    /**
     * The runs of a calibration.
     *
     * @param slowed per slowdown fraction its sessions
     */
    public record Sessions(List<BenchmarkResults> sameCode, Map<Double, List<BenchmarkResults>> slowed,
                           Duration took, int forksPerSession) {
    }

    /**
     * @throws io.decibench.plugin.bench.BenchmarkAbortedException when a bundle or mode is missing
     * @throws io.decibench.plugin.bench.ForkFailedException       when a fork fails
     */
    public Sessions run(CalibrationPlan plan, Path dir) throws IOException {
        long start = System.nanoTime();
        List<BenchmarkResults> sameCode = new ArrayList<>();
        Map<Double, List<BenchmarkResults>> slowed = new LinkedHashMap<>();
        plan.slowdowns().forEach(f -> slowed.put(f, new ArrayList<>()));
        int forks = 0;
        int done = 0;
        for (int k = 1; k <= plan.sessions(); k++) {
            BenchmarkResults same = session(dir.resolve("work"), Slowdown.NONE, ++done, plan);
            ResultsJson.write(dir.resolve("sessions").resolve(String.format(Locale.ROOT, "session-%02d.json", k)),
                    same);
            sameCode.add(same);
            forks = same.results().stream().mapToInt(r -> r.forkMeans().size()).sum();
            for (double f : plan.slowdowns()) {
                BenchmarkResults s = session(dir.resolve("work"), new Slowdown(Map.of(plan.mode(), f)), ++done, plan);
                ResultsJson.write(dir.resolve("slowed").resolve(String.format(Locale.ROOT, "%s-%s-%02d.json",
                        plan.mode(), percent(f), k)), s);
                slowed.get(f).add(s);
            }
        }
        return new Sessions(sameCode, slowed, Duration.ofNanos(System.nanoTime() - start), forks);
    }

    private BenchmarkResults session(Path work, Slowdown slowdown, int number, CalibrationPlan plan) {
        info.accept("[decibench] calibration session " + number + "/" + plan.runs() + ": "
                + (slowdown.isNone() ? "unchanged code" : slowdown.describe() + " injected"));
        BenchmarkRequest session = request.session(work, slowdown);
        SuiteOutcome outcome = new BenchmarkSuite(session, kernels, info, warn).measure();
        ForkVm measured = ForkVm.common(outcome.samples());
        return ResultsPublisher.assemble(session, outcome,
                FingerprintProbe.current(measured == null ? List.of() : measured.jvmArgs()), gitCommit, Instant.now());
    }

    static String percent(double fraction) {
        return new java.math.BigDecimal(fraction * 100).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString() + "pct";
    }
}
