package io.decibench.plugin.calibrate;

import io.decibench.kernel.spi.Modes;
import io.decibench.plugin.gate.BaselineUpdate;
import io.decibench.plugin.gate.Baselines;
import io.decibench.plugin.gate.CheckOutcome;
import io.decibench.plugin.gate.GateRow;
import io.decibench.plugin.gate.GateSimulator;
import io.decibench.plugin.gate.NoiseModel;
import io.decibench.plugin.gate.RegressionGate;
import io.decibench.plugin.gate.RunSamples;
import io.decibench.plugin.gate.Thresholds;
import io.decibench.plugin.gate.Verdict;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.stats.LogSessions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns calibration sessions into a {@link Calibration}: the noise of every row measured from the same-code sessions
 * (fork-to-fork within a session, session-to-session beyond it), the builds the gate gave (each same-code session
 * against the others, each slowed session against all same-code ones), and the gate simulated at the measured noise
 * ({@link GateSimulator}) for the current and for more rounds and sessions, from which it recommends settings.
 */
public final class CalibrationAnalysis {

    private final Thresholds thresholds;
    private final int simulatedBuilds;
    private final long seed;

    public CalibrationAnalysis(Thresholds thresholds, int simulatedBuilds, long seed) {
        this.thresholds = thresholds;
        this.simulatedBuilds = simulatedBuilds;
        this.seed = seed;
    }

    public Calibration analyse(CalibrationPlan plan, CalibrationRunner.Sessions s, Instant now) {
        List<BenchmarkResults> same = s.sameCode();
        Measured noise = measure(same);
        Calibration.Builds sameCode = leaveOneOut(same);
        List<Calibration.Detection> detection = new ArrayList<>();
        Baselines all = record(same);
        s.slowed().forEach((fraction, runs) -> detection.add(detect(fraction, runs, all, plan.mode())));

        BenchmarkResults first = same.get(0);
        int runs = first.settings().runs();
        int cells = noise.model().cells().size();
        double sessionSeconds = s.took().toNanos() / 1e9 / plan.runs();
        double forkSeconds = sessionSeconds / Math.max(1, s.forksPerSession());
        List<Calibration.Prediction> predicted = new ArrayList<>();
        predicted.add(predict(noise.model(), runs, plan.sessions(), plan.mode(), forkSeconds * cells));
        for (int r : new TreeSet<>(List.of(runs, (int) Math.ceil(runs * 1.5), 2 * runs, 3 * runs))) {
            for (int sessions : List.of(5, 10)) {
                predicted.add(predict(noise.model(), r, sessions, plan.mode(), forkSeconds * cells));
            }
        }
        List<BenchmarkResults> every = new ArrayList<>(same);
        s.slowed().values().forEach(every::addAll);
        int contended = every.stream().mapToInt(r -> new RunSamples(r).contendedForks()).sum();
        int forks = every.stream().flatMap(r -> r.results().stream()).mapToInt(r -> r.forkMeans().size()).sum();
        return new Calibration(Calibration.SCHEMA_VERSION, now, first.fingerprint(), first.settings(), plan.sessions(),
                plan.mode(), s.took().toNanos() / 1e9, sessionSeconds, forkSeconds, contended, forks, noise.cells(),
                noise.model().machineSessionSd(), noise.model().roundSd(), sameCode, detection, predicted,
                recommend(predicted, runs, noise));
    }

    /** The measured noise: the model the simulator draws from and the per-row figures it came from. */
    public record Measured(NoiseModel model, List<Calibration.CellNoise> cells) {
    }

    public static Measured measure(List<BenchmarkResults> sessions) {
        List<RunSamples> runs = sessions.stream().map(RunSamples::new).toList();
        List<Calibration.CellNoise> out = new ArrayList<>();
        Map<String, LogSessions> time = new LinkedHashMap<>();
        Map<String, ModeResult> cellRow = new LinkedHashMap<>();
        for (ModeResult r : sessions.get(0).results()) {
            if (!r.isOk()) {
                continue;
            }
            List<List<Double>> times = new ArrayList<>();
            List<List<Double>> ratios = new ArrayList<>();
            for (RunSamples run : runs) {
                run.results().result(r.scenario(), r.mode()).filter(ModeResult::isOk).ifPresent(m -> {
                    times.add(run.forkTimes(m));
                    ratios.add(run.pairRatios(m));
                });
            }
            LogSessions t = LogSessions.of(times);
            if (t == null) {
                continue;
            }
            time.put(key(r), t);
            cellRow.put(key(r), r);
            out.add(noise(r, "time", t));
            LogSessions ratio = LogSessions.of(ratios);
            if (ratio != null) {
                out.add(noise(r, "overhead-ratio", ratio));
            }
        }
        // The machine's offset: what every time row of a session shares, beyond the fork noise in it.
        int s = time.values().stream().mapToInt(LogSessions::count).min().orElse(0);
        double machine = 0;
        if (s >= 2) {
            double[] shared = new double[s];
            double forkPart = 0;
            for (LogSessions t : time.values()) {
                double grand = t.grandMean();
                for (int i = 0; i < s; i++) {
                    shared[i] += (mean(t.sessions().get(i)) - grand) / time.size();
                }
                forkPart += nz(t.withinVariance()) * t.meanInverseSize() / time.size();
            }
            machine = Math.sqrt(Math.max(0, variance(shared) - forkPart / time.size()));
        }
        // The round's drift: what a mode's fork shares with float's fork of the same round (it cancels in the ratio).
        double drift = 0;
        int pairs = 0;
        for (Calibration.CellNoise c : out) {
            if (!c.metric().equals("overhead-ratio")) {
                continue;
            }
            double mode = sd(out, c.scenario(), c.mode());
            double reference = sd(out, c.scenario(), Modes.FLOAT);
            drift += Math.max(0, (mode * mode + reference * reference - c.forkSd() * c.forkSd()) / 2);
            pairs++;
        }
        double round = pairs == 0 ? 0 : Math.sqrt(drift / pairs);
        List<NoiseModel.Cell> cells = new ArrayList<>();
        for (Calibration.CellNoise c : out) {
            if (c.metric().equals("time")) {
                double fork = Math.sqrt(Math.max(1e-10, c.forkSd() * c.forkSd() - round * round));
                double own = Math.sqrt(Math.max(0, c.sessionSd() * c.sessionSd() - machine * machine));
                cells.add(new NoiseModel.Cell(c.scenario(), c.mode(), c.level(), fork, own));
            }
        }
        return new Measured(new NoiseModel(cells, machine, round), out);
    }

    private static Calibration.CellNoise noise(ModeResult r, String metric, LogSessions l) {
        double fork = nz(l.withinVariance());
        double between = l.count() < 2 ? 0 : Math.max(0, l.betweenVariance() - fork * l.meanInverseSize());
        return new Calibration.CellNoise(r.scenario(), r.mode(), metric, l.forks(), Math.sqrt(fork),
                Math.sqrt(between), Math.exp(l.grandMean()));
    }

    private Calibration.Builds leaveOneOut(List<BenchmarkResults> same) {
        int fail = 0;
        int warn = 0;
        for (int i = 0; i < same.size(); i++) {
            List<BenchmarkResults> others = new ArrayList<>(same);
            BenchmarkResults current = others.remove(i);
            CheckOutcome o = new RegressionGate(thresholds).check(current, Optional.of(record(others)));
            boolean f = o.count(Verdict.FAIL) > 0;
            fail += f ? 1 : 0;
            warn += !f && o.count(Verdict.WARN) > 0 ? 1 : 0;
        }
        return new Calibration.Builds(same.size(), fail, warn);
    }

    private Calibration.Detection detect(double fraction, List<BenchmarkResults> runs, Baselines baseline,
                                         String mode) {
        int fail = 0;
        int warn = 0;
        int modeFail = 0;
        int modeWarnOrFail = 0;
        for (BenchmarkResults r : runs) {
            CheckOutcome o = new RegressionGate(thresholds).check(r, Optional.of(baseline));
            boolean f = o.count(Verdict.FAIL) > 0;
            fail += f ? 1 : 0;
            warn += !f && o.count(Verdict.WARN) > 0 ? 1 : 0;
            List<GateRow> ofMode = o.rows().stream().filter(g -> g.mode().equals(mode)).toList();
            boolean mf = ofMode.stream().anyMatch(g -> g.verdict() == Verdict.FAIL);
            modeFail += mf ? 1 : 0;
            modeWarnOrFail += mf || ofMode.stream().anyMatch(g -> g.verdict() == Verdict.WARN) ? 1 : 0;
        }
        return new Calibration.Detection(fraction, runs.size(), fail, warn, modeFail, modeWarnOrFail);
    }

    private Baselines record(List<BenchmarkResults> sessions) {
        return BaselineUpdate.apply(Optional.empty(), sessions, new BaselineUpdate.Options(false, List.of(),
                Math.max(1, sessions.size()), thresholds.warn(), thresholds.fail(), thresholds.allocTolerance()),
                Instant.EPOCH).next();
    }

    private Calibration.Prediction predict(NoiseModel model, int runs, int sessions, String mode,
                                           double secondsPerRound) {
        GateSimulator sim = new GateSimulator(model, seed + 1000L * runs + sessions);
        GateSimulator.Rates same = sim.simulate(runs, sessions, null, 0, simulatedBuilds);
        GateSimulator.Rates ten = sim.simulate(runs, sessions, mode, 0.10, simulatedBuilds);
        GateSimulator.Rates quarter = sim.simulate(runs, sessions, mode, 0.25, simulatedBuilds);
        return new Calibration.Prediction(runs, sessions, simulatedBuilds, same.fail(), same.warn(), ten.slowedFail(),
                ten.slowedWarnOrFail(), quarter.slowedFail(), quarter.slowedWarnOrFail(),
                secondsPerRound * runs / 60);
    }

    private static Calibration.Recommendation recommend(List<Calibration.Prediction> predicted, int runs,
                                                        Measured noise) {
        Optional<Calibration.Prediction> best = predicted.stream().filter(Calibration.Prediction::meetsTargets)
                .min((a, b) -> a.baselineSessions() != b.baselineSessions()
                        ? Integer.compare(a.baselineSessions(), b.baselineSessions())
                        : Integer.compare(a.runs(), b.runs()));
        if (best.isPresent()) {
            Calibration.Prediction p = best.get();
            return new Calibration.Recommendation(p.runs(), p.baselineSessions(), true, String.format(Locale.ROOT,
                    "-Ddecibench.runs=%d with a baseline of %d sessions: same-code builds FAIL %.1f%% and WARN %.1f%%"
                            + " of the time, a 25%% slowdown FAILs %.0f%% of builds and a 10%% one WARNs or FAILs"
                            + " %.0f%% (simulated at this machine's measured noise); about %.1f min of forks per run.",
                    p.runs(), p.baselineSessions(), p.fail() * 100, p.warn() * 100, p.fail25() * 100,
                    p.warnOrFail10() * 100, p.minutesPerRun()));
        }
        Calibration.Prediction top = predicted.stream().max((a, b) -> Double.compare(a.fail25(), b.fail25()))
                .orElseThrow();
        double worstFork = noise.cells().stream().filter(c -> c.metric().equals("overhead-ratio"))
                .mapToDouble(Calibration.CellNoise::forkSd).max().orElse(Double.NaN);
        double worstSession = noise.cells().stream().filter(c -> c.metric().equals("overhead-ratio"))
                .mapToDouble(Calibration.CellNoise::sessionSd).max().orElse(Double.NaN);
        return new Calibration.Recommendation(top.runs(), top.baselineSessions(), false, String.format(Locale.ROOT,
                "Not reachable at this machine's noise (overhead ratios: forks up to ±%.1f%%, sessions up to ±%.1f%%):"
                        + " even -Ddecibench.runs=%d with %d baseline sessions FAILs a 25%% slowdown in only %.0f%% of"
                        + " builds (same-code FAIL %.1f%%, WARN %.1f%%). Measure on a quieter machine, or raise"
                        + " decibench.iterations.", worstFork * 100, worstSession * 100, top.runs(),
                top.baselineSessions(), top.fail25() * 100, top.fail() * 100, top.warn() * 100));
    }

    private static double sd(List<Calibration.CellNoise> cells, String scenario, String mode) {
        return cells.stream().filter(c -> c.metric().equals("time") && c.scenario().equals(scenario)
                && c.mode().equals(mode)).mapToDouble(Calibration.CellNoise::forkSd).findFirst().orElse(0);
    }

    private static String key(ModeResult r) {
        return r.scenario() + '\u0000' + r.mode();
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double variance(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return ss / (v.length - 1);
    }
}
