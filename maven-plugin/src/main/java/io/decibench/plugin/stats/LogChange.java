package io.decibench.plugin.stats;

/**
 * The change of a current session over baseline sessions on the log scale, with its standard error under the gate's
 * two-component model: a fork's log value is the cell's level + the session's offset (variance {@code tau^2}) + fork
 * noise (variance {@code sigma^2}, estimated from the forks of all sessions, current included). The baseline level
 * is the mean of its S session means, so {@code se^2 = tau^2 (1 + 1/S) + sigma^2 (1/n + sum(1/m_s) / S^2)}. The
 * degrees of freedom combine those of the two estimates (Welch-Satterthwaite); an assumed {@code tau^2} has
 * infinitely many.
 *
 * @param logChange        ln(current) - ln(baseline): mean of the current logs minus the baseline's grand mean
 * @param standardError    NaN when the fork noise cannot be estimated (one fork per session everywhere)
 * @param degreesOfFreedom of the standard error
 * @param forkSd           the fork noise estimate sigma
 * @param sessionSd        the session offset tau used
 */
public record LogChange(double logChange, double standardError, double degreesOfFreedom, double forkSd,
                        double sessionSd, int baselineSessions, int baselineForks, int currentForks) {

    /**
     * @param sessionVariance   the session offsets' variance (log scale), estimated or assumed
     * @param sessionVarianceDf its degrees of freedom; {@code Double.POSITIVE_INFINITY} when assumed
     */
    public static LogChange of(LogSessions baseline, LogSessions current, double sessionVariance,
                               double sessionVarianceDf) {
        if (current.count() != 1) {
            throw new IllegalArgumentException("the current run is one session, got " + current.count());
        }
        double d = current.grandMean() - baseline.grandMean();
        int dfFork = baseline.withinDf() + current.withinDf();
        int n = current.forks();
        int s = baseline.count();
        if (dfFork == 0) {
            return new LogChange(d, Double.NaN, 0, Double.NaN, Math.sqrt(sessionVariance), s, baseline.forks(), n);
        }
        double forkVariance = (baseline.withinSumOfSquares() + current.withinSumOfSquares()) / dfFork;
        double a = sessionVariance * (1 + 1.0 / s);
        double b = forkVariance * (1.0 / n + baseline.grandMeanForkWeight());
        double se2 = a + b;
        double denominator = (Double.isInfinite(sessionVarianceDf) ? 0 : a * a / sessionVarianceDf)
                + b * b / dfFork;
        double df = denominator == 0 ? dfFork : se2 * se2 / denominator;
        return new LogChange(d, Math.sqrt(se2), df, Math.sqrt(forkVariance), Math.sqrt(sessionVariance), s,
                baseline.forks(), n);
    }

    /**
     * The change when the session offset is estimated from the baseline's own session means, as the prediction of
     * one more session: with v the sample variance of the S session means,
     * {@code se^2 = v (1 + 1/S) + sigma^2 (1/n - mean(1/m_s))}, with {@code S - 1} degrees of freedom for the first
     * part. When every session has n forks the second part vanishes and the statistic is exactly t with S - 1 degrees
     * of freedom, however large the offsets are and however few sessions show them; that exactness is what keeps a
     * machine whose sessions move by 10-20% from failing builds when a few recorded sessions happened to agree. When
     * the session means agree better than their fork noise predicts, the fork noise sets the first part.
     */
    public static LogChange prediction(LogSessions baseline, LogSessions current) {
        if (current.count() != 1) {
            throw new IllegalArgumentException("the current run is one session, got " + current.count());
        }
        int s = baseline.count();
        if (s < 2) {
            throw new IllegalArgumentException("a prediction needs two baseline sessions, got " + s);
        }
        double d = current.grandMean() - baseline.grandMean();
        int dfFork = baseline.withinDf() + current.withinDf();
        int n = current.forks();
        double between = baseline.betweenVariance();
        if (dfFork == 0) {
            double se = Math.sqrt(between * (1 + 1.0 / s));
            return new LogChange(d, se, s - 1, Double.NaN, Math.sqrt(between), s, baseline.forks(), n);
        }
        double forkVariance = (baseline.withinSumOfSquares() + current.withinSumOfSquares()) / dfFork;
        double h = baseline.meanInverseSize();
        double sessionMean = Math.max(between, forkVariance * h);
        double dfA = between >= forkVariance * h ? s - 1 : dfFork;
        double a = sessionMean * (1 + 1.0 / s);
        double b = forkVariance * (1.0 / n - h);
        double se2 = Math.max(a + b, forkVariance * (1.0 / n + h / s));
        // A negative b (more forks now than per baseline session) only narrows a; keep a's degrees of freedom.
        double df = b <= 0 ? dfA : se2 * se2 / (a * a / dfA + b * b / dfFork);
        return new LogChange(d, Math.sqrt(se2), df, Math.sqrt(forkVariance),
                Math.sqrt(Math.max(0, between - forkVariance * h)), s, baseline.forks(), n);
    }

    /**
     * This change with an assumed extra variance (log scale) in it, known exactly, e.g. the offset between two
     * machines: the standard error grows, and so do the Welch-Satterthwaite degrees of freedom, since the added part
     * has infinitely many. Unchanged without a standard error (there is no interval to widen).
     */
    public LogChange withAssumedVariance(double variance) {
        if (variance <= 0 || !hasStandardError()) {
            return this;
        }
        double se2 = standardError * standardError;
        double grown = se2 + variance;
        double df = se2 == 0 ? Double.POSITIVE_INFINITY : degreesOfFreedom * (grown / se2) * (grown / se2);
        return new LogChange(logChange, Math.sqrt(grown), df, forkSd, sessionSd, baselineSessions, baselineForks,
                currentForks);
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
