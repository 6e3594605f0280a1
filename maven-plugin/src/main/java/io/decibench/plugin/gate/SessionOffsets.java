package io.decibench.plugin.gate;

import io.decibench.plugin.stats.LogSessions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * How much a whole session may move, per metric (see the site's "Verdicts" page). Time rows measure it row by row as
 * the prediction of one more session from the baseline's session means ({@code LogChange.prediction}: a machine's
 * speed moves every time row of a session at once, so pooling rows would add no information). Overhead-ratio
 * offsets are pooled over all ratio rows (the machine's speed cancels in a ratio; what remains is each cell's own):
 * the between-session variance of the session means minus their fork noise, {@code max(0, v - sigma^2 mean(1/m))},
 * with {@code sessions - 1} degrees of freedom per scenario (a scenario's ratio rows share its float forks). The gate
 * also assumes that sessions move by at most {@link #ASSUMED_TIME_SD} in time and {@link #ASSUMED_RATIO_SD} in ratio:
 * with one session that assumption is all it has; with more it takes whichever of the two gives the narrower interval,
 * unless the sessions cannot rule out a larger offset: when the {@link #CHECK_CONFIDENCE} upper confidence bound of
 * the measured offset exceeds the assumption, the assumption is not trusted and only the measurement counts.
 */
public final class SessionOffsets {

    /**
     * Session-to-session sd of a time, assumed until the baseline's sessions measure it: above the 9-19% (log sd)
     * that separate sessions of one cell moved on the project's shared 2-core build machine.
     */
    public static final double ASSUMED_TIME_SD = 0.20;

    /** Session-to-session sd of an overhead ratio, assumed until the sessions measure it (see the site's page). */
    public static final double ASSUMED_RATIO_SD = 0.04;

    /**
     * Machine-to-machine sd of an overhead ratio, assumed whenever the baselines come from another machine. A ratio
     * cancels the machine's speed but not its microarchitecture: between two of the project's 2-core VMs (AMD EPYC
     * and Intel Xeon, same JDK) the 12 ratio rows of the main job moved by -42% to +42%, 30% root mean square on
     * the log scale (see the site's "Verdicts" page, "Another machine").
     */
    public static final double OTHER_MACHINE_RATIO_SD = 0.30;

    /** Confidence of the upper bound that must stay below an assumption for the gate to use the assumption. */
    public static final double CHECK_CONFIDENCE = 0.95;

    private static final Map<Integer, Double> CHI2 = new java.util.concurrent.ConcurrentHashMap<>();

    private SessionOffsets() {
    }

    /**
     * A session offset.
     *
     * @param variance  its variance, log scale
     * @param upper     the {@link #CHECK_CONFIDENCE} upper confidence bound of the variance (the variance itself when
     *                  assumed)
     * @param df        degrees of freedom of the estimate; infinite for an assumed offset
     * @param sessions  how many sessions it was estimated from
     * @param estimated whether the sessions measured it (false: the assumed value)
     */
    public record Offset(double variance, double upper, double df, int sessions, boolean estimated) {

        public double sd() {
            return Math.sqrt(variance);
        }

        /** E.g. {@code sessions ±4.1% (5 sessions)} or {@code sessions ±20% assumed (1 session)}. */
        public String describe() {
            return String.format(Locale.ROOT, "sessions ±%.1f%% %s", sd() * 100, estimated
                    ? "(" + sessions + " sessions)" : "assumed (" + sessions + " session" + (sessions == 1 ? "" : "s")
                    + (sessions < 2 ? " cannot show it)" : " show less)"));
        }
    }

    /** The assumed time offset. */
    public static Offset assumedTime(int sessions) {
        double v = ASSUMED_TIME_SD * ASSUMED_TIME_SD;
        return new Offset(v, v, Double.POSITIVE_INFINITY, sessions, false);
    }

    /** The assumed overhead-ratio offset. */
    public static Offset assumedRatio(int sessions) {
        double v = ASSUMED_RATIO_SD * ASSUMED_RATIO_SD;
        return new Offset(v, v, Double.POSITIVE_INFINITY, sessions, false);
    }

    /**
     * The overhead-ratio offset pooled over all ratio rows; null when no row has two sessions.
     *
     * @param byScenario per scenario the baseline sessions of each of its ratio rows
     */
    public static Offset estimatedRatio(Map<String, Collection<LogSessions>> byScenario) {
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
            return null;
        }
        double v = between / weight;
        double w = fork / weight;
        return new Offset(Math.max(0, v - w), upper(v, w, df), df, maxSessions, true);
    }

    /**
     * The upper confidence bound of a session-offset variance from the between-session variance {@code v} of the
     * session means (chi-square with {@code df} degrees of freedom) and the fork noise {@code w} in a session mean.
     */
    static double upper(double v, double w, int df) {
        double chi2 = CHI2.computeIfAbsent(df, d -> new ChiSquaredDistribution(null, d)
                .inverseCumulativeProbability(1 - CHECK_CONFIDENCE));
        return Math.max(0, v * df / chi2 - w);
    }

    /** Groups ratio rows by scenario for {@link #estimatedRatio}. */
    static Map<String, Collection<LogSessions>> byScenario(Map<BaselineRow, LogSessions> rows) {
        Map<String, Collection<LogSessions>> out = new HashMap<>();
        rows.forEach((row, sessions) -> out.computeIfAbsent(row.scenario(), k -> new ArrayList<>()).add(sessions));
        return out;
    }
}
