package io.decibench.plugin.gate;

import io.decibench.plugin.stats.LogSessions;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * How much a whole session may move, per metric: the session-offset standard deviation the gate assumes (log scale).
 * The baseline's sessions measure it; until they can, the gate assumes the {@link #ASSUMED_TIME_SD} or
 * {@link #ASSUMED_RATIO_SD} seen on shared machines. From the sessions' between-session variance v (of the session
 * means) and the fork noise w in a session mean, the point estimate is {@code max(0, v - w)}; few sessions know
 * it poorly, so the gate uses its upper {@link #BOUND_CONFIDENCE} confidence bound {@code v df / chi2(1 - c, df) - w},
 * but never more than the assumed value unless the point estimate itself exceeds it. Time offsets are estimated
 * per row (a machine's speed moves every time row of a session at once, so pooling rows would add no information);
 * overhead-ratio offsets are pooled over all ratio rows (the machine's speed cancels in a ratio; what remains is
 * each cell's own), with {@code sessions - 1} degrees of freedom per scenario (a scenario's ratio rows share its
 * float forks). See the site's "Verdicts" page.
 */
public final class SessionOffsets {

    /**
     * Session-to-session sd of a time, assumed until the baseline's sessions measure it: above the 9-19% (log sd)
     * that separate sessions of one cell moved on the project's shared 2-core build machine.
     */
    public static final double ASSUMED_TIME_SD = 0.20;

    /** Session-to-session sd of an overhead ratio, assumed until the sessions measure it (see the site's page). */
    public static final double ASSUMED_RATIO_SD = 0.04;

    /** Confidence of the upper bound of the session variance that the gate uses. */
    public static final double BOUND_CONFIDENCE = 0.8;

    private SessionOffsets() {
    }

    /**
     * A session offset to assume.
     *
     * @param sd        its standard deviation, log scale
     * @param sessions  how many sessions it was estimated from (1: assumed)
     * @param estimated whether the sessions measured it (false: the assumed value)
     */
    public record Offset(double sd, int sessions, boolean estimated) {

        public double variance() {
            return sd * sd;
        }

        /** E.g. {@code sessions ±4.1% (5 sessions)} or {@code sessions ±20% assumed (1 session)}. */
        public String describe() {
            return String.format(Locale.ROOT, "sessions ±%.1f%% %s", sd * 100, estimated
                    ? "(" + sessions + " sessions)" : "assumed (" + sessions + " session" + (sessions == 1 ? "" : "s")
                    + " cannot show it)");
        }
    }

    /** The offset of one time row from its own sessions. */
    public static Offset forTime(LogSessions baseline) {
        int s = baseline.count();
        if (s < 2) {
            return new Offset(ASSUMED_TIME_SD, s, false);
        }
        double w = baseline.withinVariance() * baseline.meanInverseSize();
        return bounded(baseline.betweenVariance(), Double.isNaN(w) ? 0 : w, s - 1, s, ASSUMED_TIME_SD);
    }

    /**
     * The offset of the overhead-ratio rows, pooled over all of them.
     *
     * @param byScenario per scenario the baseline sessions of each of its ratio rows
     */
    public static Offset forRatios(Map<String, Collection<LogSessions>> byScenario) {
        double between = 0;
        double fork = 0;
        int weight = 0;
        int df = 0;
        int maxSessions = 1;
        for (Collection<LogSessions> rows : byScenario.values()) {
            int scenarioDf = 0;
            for (LogSessions r : rows) {
                int s = r.count();
                maxSessions = Math.max(maxSessions, s);
                if (s < 2) {
                    continue;
                }
                double w = r.withinVariance() * r.meanInverseSize();
                between += (s - 1) * r.betweenVariance();
                fork += (s - 1) * (Double.isNaN(w) ? 0 : w);
                weight += s - 1;
                scenarioDf = Math.max(scenarioDf, s - 1);
            }
            df += scenarioDf;
        }
        if (weight == 0) {
            return new Offset(ASSUMED_RATIO_SD, maxSessions, false);
        }
        return bounded(between / weight, fork / weight, df, maxSessions, ASSUMED_RATIO_SD);
    }

    /** {@code min(upper bound, max(point estimate, assumed))}, as a standard deviation. */
    static Offset bounded(double between, double forkPart, int df, int sessions, double assumed) {
        double point = Math.max(0, between - forkPart);
        double chi2 = new ChiSquaredDistribution(null, df).inverseCumulativeProbability(1 - BOUND_CONFIDENCE);
        double upper = Math.max(0, between * df / chi2 - forkPart);
        double variance = Math.min(upper, Math.max(point, assumed * assumed));
        return new Offset(Math.sqrt(variance), sessions, variance < assumed * assumed || point > assumed * assumed);
    }

    /** Groups ratio rows by scenario for {@link #forRatios}. */
    static Map<String, Collection<LogSessions>> byScenario(Map<BaselineRow, LogSessions> rows) {
        Map<String, Collection<LogSessions>> out = new HashMap<>();
        rows.forEach((row, sessions) -> out.computeIfAbsent(row.scenario(), k -> new java.util.ArrayList<>())
                .add(sessions));
        return out;
    }
}
