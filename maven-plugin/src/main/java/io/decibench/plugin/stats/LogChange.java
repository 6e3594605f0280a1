package io.decibench.plugin.stats;

/**
 * The change of a current session over baseline sessions on the log scale, with its standard error under the gate's
 * two-component model: a fork's log value is the cell's level + the session's offset (sd {@code sessionSd}, taken
 * as known) + fork noise (sd {@code forkSd}, estimated from the forks of all sessions, current included). The
 * baseline level is the mean of its session means, so
 * {@code se^2 = sessionSd^2 (1 + 1/S) + forkSd^2 (1/n + sum(1/m_s) / S^2)}, with {@code forks - sessions} degrees of
 * freedom.
 *
 * @param logChange        ln(current) - ln(baseline): mean of the current logs minus the baseline's grand mean
 * @param standardError    NaN when the fork noise cannot be estimated (one fork per session everywhere)
 * @param degreesOfFreedom of the fork-noise estimate
 */
public record LogChange(double logChange, double standardError, double degreesOfFreedom, double forkSd,
                        double sessionSd, int baselineSessions, int baselineForks, int currentForks) {

    /**
     * @param sessionVariance the session offsets' variance (log scale) to assume, e.g. from {@code SessionOffsets}
     */
    public static LogChange of(LogSessions baseline, LogSessions current, double sessionVariance) {
        if (current.count() != 1) {
            throw new IllegalArgumentException("the current run is one session, got " + current.count());
        }
        double d = current.grandMean() - baseline.grandMean();
        int df = baseline.withinDf() + current.withinDf();
        int n = current.forks();
        double forkVariance = df == 0 ? Double.NaN
                : (baseline.withinSumOfSquares() + current.withinSumOfSquares()) / df;
        int s = baseline.count();
        double se = Math.sqrt(sessionVariance * (1 + 1.0 / s) + forkVariance * (1.0 / n
                + baseline.grandMeanForkWeight()));
        return new LogChange(d, se, df, Math.sqrt(forkVariance), Math.sqrt(sessionVariance), s, baseline.forks(), n);
    }

    /** Whether an interval can be given. */
    public boolean hasStandardError() {
        return Double.isFinite(standardError);
    }

    /** The relative change current / baseline - 1. */
    public double change() {
        return Math.expm1(logChange);
    }
}
