package io.decibench.plugin.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Positive per-fork values grouped by session, on the log scale: the within-session spread (fork to fork) and the
 * between-session spread of the session means (occasion to occasion), the two variance components of the gate's
 * model (see the site's "Verdicts" page).
 *
 * @param sessions per session the natural logs of its fork values; no session is empty
 */
public record LogSessions(List<double[]> sessions) {

    public LogSessions {
        sessions = sessions.stream().map(double[]::clone).toList();
        if (sessions.isEmpty() || sessions.stream().anyMatch(s -> s.length == 0)) {
            throw new IllegalArgumentException("log sessions need at least one session and no empty one");
        }
    }

    /**
     * The logs of {@code values} (sessions without values are left out); null when there is none left or a value
     * is not positive and finite (no ratio is defined for it).
     */
    public static LogSessions of(List<List<Double>> values) {
        List<double[]> logs = new ArrayList<>();
        for (List<Double> session : values) {
            if (session == null || session.isEmpty()) {
                continue;
            }
            double[] l = new double[session.size()];
            for (int i = 0; i < l.length; i++) {
                Double v = session.get(i);
                if (v == null || !(v > 0) || Double.isInfinite(v)) {
                    return null;
                }
                l[i] = Math.log(v);
            }
            logs.add(l);
        }
        return logs.isEmpty() ? null : new LogSessions(logs);
    }

    /** One session of values, or null as in {@link #of(List)}. */
    public static LogSessions single(List<Double> values) {
        return of(List.of(values));
    }

    /** The number of sessions S. */
    public int count() {
        return sessions.size();
    }

    /** The number of forks over all sessions. */
    public int forks() {
        return sessions.stream().mapToInt(s -> s.length).sum();
    }

    /** Mean of the session means: each session counts once, however many forks it has. */
    public double grandMean() {
        double sum = 0;
        for (double[] s : sessions) {
            sum += mean(s);
        }
        return sum / sessions.size();
    }

    /** Sum of squared deviations of the forks from their own session's mean. */
    public double withinSumOfSquares() {
        double ss = 0;
        for (double[] s : sessions) {
            double m = mean(s);
            for (double v : s) {
                ss += (v - m) * (v - m);
            }
        }
        return ss;
    }

    /** Degrees of freedom of the within-session spread: forks minus sessions. */
    public int withinDf() {
        return forks() - sessions.size();
    }

    /** The within-session variance (fork to fork), NaN when no session has two forks. */
    public double withinVariance() {
        int df = withinDf();
        return df == 0 ? Double.NaN : withinSumOfSquares() / df;
    }

    /** Sample variance of the session means (n - 1 denominator); NaN with one session. */
    public double betweenVariance() {
        int n = sessions.size();
        if (n < 2) {
            return Double.NaN;
        }
        double grand = grandMean();
        double ss = 0;
        for (double[] s : sessions) {
            double d = mean(s) - grand;
            ss += d * d;
        }
        return ss / (n - 1);
    }

    /** Mean of 1 / forks over the sessions: the share of fork noise in a session mean's variance. */
    public double meanInverseSize() {
        double sum = 0;
        for (double[] s : sessions) {
            sum += 1.0 / s.length;
        }
        return sum / sessions.size();
    }

    /** Sum of 1 / forks over the sessions divided by S squared: the fork noise in the grand mean's variance. */
    double grandMeanForkWeight() {
        return meanInverseSize() / sessions.size();
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }
}
