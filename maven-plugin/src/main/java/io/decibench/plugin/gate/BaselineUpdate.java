package io.decibench.plugin.gate;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ForkLoad;
import io.decibench.plugin.results.ModeResult;
import io.decibench.plugin.stats.LogSessions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code baseline} goal without Maven: takes runs into the baselines as sessions, one session per run. A row of a
 * run is appended to its earlier sessions, so session-to-session variation becomes part of what the gate knows; rows
 * the run did not measure are kept. A row is refused, with the reason, when a fork of it ran contended, when its
 * forks are noisier than the gate can use, or when it differs from its earlier sessions by a WARN or FAIL (a real
 * change must be accepted explicitly, with {@code replace}, which starts the recorded rows over). A run with an
 * injected slowdown, or one measured with other settings or on another machine than the file (without
 * {@code replace}), is refused as a whole. Deleting rows is explicit too ({@code delete}).
 */
public final class BaselineUpdate {

    /** The property that starts the recorded rows over. */
    public static final String REPLACE_PROPERTY = "decibench.baselineReplace";

    /**
     * @param replace     start the rows these runs measured over (dropping their earlier sessions), and accept
     *                    other settings or another machine (dropping the rows measured with the old ones)
     * @param delete      rows to remove: {@code scenario} (all its modes) or {@code scenario:mode}
     * @param maxSessions newest sessions kept per row
     */
    public record Options(boolean replace, List<String> delete, int maxSessions, Double warn, Double fail,
                          Double allocTolerance) {

        public Options {
            delete = delete == null ? List.of() : List.copyOf(delete);
            if (maxSessions < 1) {
                throw new IllegalArgumentException("decibench.baselineSessions must be at least 1, was " + maxSessions
                        + " (e.g. -Ddecibench.baselineSessions=10)");
            }
        }
    }

    /**
     * What changed.
     *
     * @param recorded lines for rows taken in, e.g. {@code daily decimal: session 3 recorded (3 sessions) ...}
     * @param refused  lines for rows not taken in, with the reason and the fix
     * @param flagged  lines for rows taken in with a reservation (also stored as the session's note)
     * @param removed  lines for rows deleted
     */
    public record Outcome(Baselines next, List<String> recorded, List<String> refused, List<String> flagged,
                          List<String> removed, int keptRows) {
    }

    private BaselineUpdate() {
    }

    /**
     * @throws BaselineRefusedException when a run cannot become a session at all (the message says why and the fix)
     * @throws IllegalArgumentException for invalid thresholds or a {@code delete} entry that names no row
     */
    public static Outcome apply(Optional<Baselines> previous, List<BenchmarkResults> runs, Options options,
                                Instant now) {
        Thresholds thresholds = Thresholds.resolve(options.warn(), options.fail(), options.allocTolerance(),
                previous.map(Baselines::thresholds).orElse(null));
        List<String> recorded = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        List<String> removed = new ArrayList<>();

        Map<String, BaselineRow> rows = new LinkedHashMap<>();
        List<BaselineSession> sessions = new ArrayList<>();
        Fingerprint fingerprint = null;
        GateSettings settings = null;
        Instant createdAt = now;
        if (previous.isPresent()) {
            Baselines p = previous.get();
            if (p.legacy()) {
                if (!options.replace()) {
                    throw new BaselineRefusedException("The baselines file was written by an older plugin (schema"
                            + " version 1, no measurement settings), so runs cannot be added to it. Replace it with"
                            + " -D" + REPLACE_PROPERTY + "=true (the old file is kept as .bak).");
                }
                p.rows().forEach(r -> removed.add(r.name() + ": removed (schema-1 row, replaced)"));
            } else {
                p.rows().forEach(r -> rows.put(key(r.scenario(), r.mode()), r));
                sessions.addAll(p.sessions());
                fingerprint = p.fingerprint();
                settings = p.settings();
                createdAt = p.createdAt() == null ? now : p.createdAt();
            }
        }

        Set<String> measured = new LinkedHashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            BenchmarkResults run = runs.get(i);
            boolean startOver = options.replace() && i == 0;
            if (run.settings().slowed()) {
                throw new BaselineRefusedException("These results were measured with an injected slowdown ("
                        + "decibench.slowdown=" + run.settings().slowdown().entrySet().stream()
                        .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","))
                        + "): they are a regression on purpose, never a baseline. Re-run `mvn verify` without"
                        + " -Ddecibench.slowdown, then `mvn decibench:baseline`.");
            }
            GateSettings runSettings = GateSettings.of(run);
            boolean otherMachine = fingerprint != null && !Objects.equals(fingerprint.id(), run.fingerprint().id());
            List<String> differences = settings == null ? List.of() : settings.differencesTo(runSettings);
            if (!rows.isEmpty() && (otherMachine || !differences.isEmpty())) {
                String what = otherMachine ? "on another machine (" + run.fingerprint().describe() + ") than the"
                        + " baselines (" + fingerprint.describe() + ")"
                        : "with other settings than the baselines (" + String.join("; ", differences) + ")";
                if (!startOver) {
                    throw new BaselineRefusedException("These results were measured " + what + ": sessions of"
                            + " different settings or machines cannot be combined. Run with the baselines' settings"
                            + " on their machine, or start over with these results with -D" + REPLACE_PROPERTY
                            + "=true (rows these results do not measure are then removed).");
                }
                for (BaselineRow r : List.copyOf(rows.values())) {
                    if (run.result(r.scenario(), r.mode()).filter(ModeResult::isOk).isEmpty()) {
                        rows.remove(key(r.scenario(), r.mode()));
                        removed.add(r.name() + ": removed (measured " + (otherMachine ? "on the old machine"
                                : "with the old settings") + "; " + REPLACE_PROPERTY + "=true)");
                    }
                }
            }
            fingerprint = run.fingerprint();
            settings = runSettings;
            Optional<BaselineSession> already = sessions.stream()
                    .filter(x -> x.resultsTimestamp() != null && x.resultsTimestamp().equals(run.timestamp()))
                    .findFirst();
            if (already.isPresent() && !startOver) {
                throw new BaselineRefusedException("These results (the run that ended at " + run.timestamp()
                        + ") are already recorded as session " + already.get().id() + ". A session is one run:"
                        + " run `mvn verify` again, then `mvn decibench:baseline`, to record another.");
            }

            int sessionId = sessions.stream().mapToInt(BaselineSession::id).max().orElse(0) + 1;
            RunSamples samples = new RunSamples(run);
            List<ModeResult> ok = run.results().stream().filter(ModeResult::isOk).toList();
            ErrorBudget budget = new ErrorBudget(gatedRows(samples, ok), thresholds);
            SessionOffsets.Offset ratioOffset = ratioOffset(rows.values());
            boolean anyRecorded = false;
            for (ModeResult r : run.results()) {
                String name = r.scenario() + " " + r.mode();
                if (!r.isOk()) {
                    if (rows.containsKey(key(r.scenario(), r.mode()))) {
                        refused.add(name + ": not measured (" + r.status().label() + "); its earlier sessions are"
                                + " kept");
                    }
                    continue;
                }
                measured.add(key(r.scenario(), r.mode()));
                List<Double> times = samples.forkTimes(r);
                List<Double> ratios = samples.pairRatios(r);
                List<ForkLoad> contended = samples.contendedPair(r);
                if (!contended.isEmpty()) {
                    refused.add(String.format(Locale.ROOT, "%s: not recorded: %d fork(s) ran while other processes"
                            + " used up to %.2f cores. Re-run on a quieter machine.", name, contended.size(),
                            Optional.ofNullable(RunSamples.peakOtherCpu(contended)).orElse(0.0)));
                    continue;
                }
                // A noisy session is recorded and flagged, never dropped: it can only widen later intervals (more
                // INCONCLUSIVE, never a false FAIL), and the user keeps every row they asked for.
                String noisy = tooNoisy(times, ratios, budget, thresholds);
                BaselineRow existing = rows.get(key(r.scenario(), r.mode()));
                String note = null;
                if (existing != null && !startOver && !existing.sessions().isEmpty()) {
                    List<String> change = againstEarlier(existing, times, ratios, budget, ratioOffset, thresholds);
                    if (change.get(0) != null) {
                        refused.add(name + ": not recorded: " + change.get(0) + " against its "
                                + existing.sessions().size() + " recorded session(s), a real change rather than"
                                + " noise. If it is intended, start these rows over with -D" + REPLACE_PROPERTY
                                + "=true.");
                        continue;
                    }
                    note = change.get(1);
                }
                if (noisy != null) {
                    note = note == null ? noisy : noisy + "; " + note;
                }
                SessionSamples s = new SessionSamples(sessionId, times, ratios, r.allocBytesPerOp(), note);
                List<SessionSamples> kept = new ArrayList<>();
                if (existing != null && !startOver) {
                    kept.addAll(existing.sessions());
                }
                kept.add(s);
                if (kept.size() > options.maxSessions()) {
                    kept = new ArrayList<>(kept.subList(kept.size() - options.maxSessions(), kept.size()));
                }
                BaselineRow row = new BaselineRow(r.scenario(), r.mode(), r.unit(), kept);
                rows.put(key(r.scenario(), r.mode()), row);
                anyRecorded = true;
                recorded.add(describe(row, s));
                if (note != null) {
                    flagged.add(name + ": recorded, but " + note);
                }
            }
            if (anyRecorded) {
                sessions.add(new BaselineSession(sessionId, now, run.timestamp(), run.gitCommit(),
                        run.settings().runs()));
            }
        }

        for (String entry : options.delete()) {
            List<String> matching = rows.keySet().stream().filter(k -> matches(k, entry)).toList();
            if (matching.isEmpty()) {
                throw new IllegalArgumentException("decibench.baselineDelete names '" + entry + "', which matches no"
                        + " baseline row; rows: " + rows.values().stream().map(BaselineRow::name)
                        .collect(Collectors.joining(", ")) + " (use scenario or scenario:mode)");
            }
            for (String k : matching) {
                removed.add(rows.remove(k).name() + ": removed (decibench.baselineDelete)");
                measured.remove(k);
            }
        }
        Set<Integer> referenced = rows.values().stream().flatMap(r -> r.sessions().stream())
                .map(SessionSamples::session).collect(Collectors.toSet());
        List<BaselineSession> keptSessions = sessions.stream().filter(s -> referenced.contains(s.id())).toList();
        int keptRows = (int) rows.keySet().stream().filter(k -> !measured.contains(k)).count();
        Baselines next = new Baselines(Baselines.SCHEMA_VERSION, createdAt, now, fingerprint, settings, thresholds,
                keptSessions, List.copyOf(rows.values()));
        return new Outcome(next, recorded, refused, flagged, removed, keptRows);
    }

    /** The rows a check of this run would give an interval: one time row per cell, one ratio row per paired cell. */
    private static int gatedRows(RunSamples samples, List<ModeResult> ok) {
        return ok.size() + (int) ok.stream().filter(r -> !samples.pairRatios(r).isEmpty()).count();
    }

    private static SessionOffsets.Offset ratioOffset(Iterable<BaselineRow> rows) {
        Map<BaselineRow, LogSessions> ratios = new LinkedHashMap<>();
        for (BaselineRow r : rows) {
            LogSessions l = LogSessions.of(r.ratioSessions());
            if (l != null) {
                ratios.put(r, l);
            }
        }
        return SessionOffsets.estimatedRatio(SessionOffsets.byScenario(ratios));
    }

    /**
     * Why a session's forks are too noisy to baseline, null when they are not: when, even with its fork noise known
     * exactly, the session's own mean is known only to ± the fail threshold at the gate's confidence, every later
     * comparison with it stays INCONCLUSIVE.
     */
    static String tooNoisy(List<Double> times, List<Double> ratios, ErrorBudget budget, Thresholds t) {
        for (List<Double> values : List.of(times, ratios)) {
            LogSessions l = LogSessions.single(values);
            if (l == null || l.forks() < 2) {
                continue;
            }
            double sd = Math.sqrt(l.withinVariance());
            double half = budget.knownVarianceCritical() * sd / Math.sqrt(l.forks());
            if (half >= Math.log1p(t.fail())) {
                return String.format(Locale.ROOT, "its %d forks vary by ±%.1f%%%s, so its own level is known only to"
                        + " ±%.0f%%, more than the fail threshold; checks against it stay INCONCLUSIVE until quieter"
                        + " sessions are added."
                        + " Re-run on a quieter machine or with more rounds (decibench.runs).", l.forks(), sd * 100,
                        values == ratios ? " in their ratio to float" : "", Math.expm1(half) * 100);
            }
        }
        return null;
    }

    /**
     * This session against the row's earlier ones: element 0 is the WARN or FAIL change that refuses it (null when
     * none), element 1 the reservation to note (an INCONCLUSIVE comparison), null when none.
     */
    private static List<String> againstEarlier(BaselineRow existing, List<Double> times, List<Double> ratios,
                                               ErrorBudget budget, SessionOffsets.Offset ratioOffset, Thresholds t) {
        String refuse = null;
        String note = null;
        for (Metric metric : List.of(Metric.OVERHEAD_RATIO, Metric.TIME)) {
            LogSessions base = LogSessions.of(metric == Metric.TIME ? existing.timeSessions()
                    : existing.ratioSessions());
            LogSessions now = LogSessions.single(metric == Metric.TIME ? times : ratios);
            if (base == null || now == null) {
                continue;
            }
            // Refused only beyond what the assumed session offsets allow: refusing every session that looks off
            // against the estimated spread would keep the sessions that landed close together and hide the real
            // spread, and the gate would then cry wolf.
            Change proof = RowEvidence.assumed(metric, base, now, budget).interval();
            if (RegressionRule.verdict(proof, t) == Verdict.FAIL && refuse == null) {
                refuse = metric.label() + " " + CheckTable.changeText(proof) + " (FAIL)";
                continue;
            }
            Change c = (metric == Metric.TIME ? RowEvidence.time(base, now, budget)
                    : RowEvidence.ratio(base, now, ratioOffset, budget)).interval();
            Verdict v = RegressionRule.verdict(c, t);
            if ((v == Verdict.FAIL || v == Verdict.WARN || v == Verdict.INCONCLUSIVE && Math.abs(c.change()) >= t.warn())
                    && note == null) {
                // A change that looks real but is within what sessions may do: recorded, flagged.
                note = (v == Verdict.INCONCLUSIVE ? "inconclusive" : v.name()) + " against the earlier sessions when"
                        + " recorded: " + metric.label() + " " + CheckTable.changeText(c);
            }
        }
        List<String> out = new ArrayList<>();
        out.add(refuse);
        out.add(note);
        return out;
    }

    private static String describe(BaselineRow row, SessionSamples s) {
        StringBuilder line = new StringBuilder(row.name() + ": session " + s.session() + " recorded ("
                + row.sessions().size() + " session" + (row.sessions().size() == 1 ? "" : "s") + ")");
        Double ratio = RegressionGate.geometricMean(s.pairRatios());
        if (ratio != null) {
            line.append(", overhead ratio ").append(GateFormat.value(ratio, null));
        }
        line.append(", time ").append(GateFormat.value(RegressionGate.geometricMean(s.forkTimes()), row.unit()));
        if (s.allocBytesPerOp() != null) {
            line.append(", alloc ").append(GateFormat.value(s.allocBytesPerOp(), RegressionGate.ALLOC_UNIT));
        }
        return line.toString();
    }

    private static boolean matches(String key, String entry) {
        String e = entry.trim().toLowerCase(Locale.ROOT);
        int colon = e.lastIndexOf(':');
        String[] parts = key.split("\u0000");
        return colon < 0 ? parts[0].equals(e) : parts[0].equals(e.substring(0, colon))
                && parts[1].equals(e.substring(colon + 1));
    }

    private static String key(String scenario, String mode) {
        return scenario + '\u0000' + mode;
    }
}
