package io.decibench.plugin.gate;

import io.decibench.plugin.stats.LogChange;
import io.decibench.plugin.stats.LogSessions;

/**
 * A row's change with the session offset it allows for: the one the baseline's sessions measured, the assumed one,
 * or whichever gives the narrower interval (see {@link SessionOffsets}). Choosing the narrower of two intervals is
 * itself a chance to be wrong twice, so each candidate gets half the row's share of the error budget
 * ({@link ErrorBudget#halved()}); {@code budget} is the one the interval must be taken at.
 */
record RowEvidence(LogChange change, SessionOffsets.Offset offset, ErrorBudget budget) {

    /** A time row: its own sessions predict the next one (see {@link LogChange#prediction}). */
    static RowEvidence time(LogSessions baseline, LogSessions now, ErrorBudget budget) {
        SessionOffsets.Offset assumed = SessionOffsets.assumedTime(baseline.count());
        LogChange withAssumed = LogChange.of(baseline, now, assumed.variance(), assumed.df());
        if (baseline.count() < 2) {
            return new RowEvidence(withAssumed, assumed, budget);
        }
        LogChange predicted = LogChange.prediction(baseline, now);
        int s = baseline.count();
        double w = baseline.withinVariance() * baseline.meanInverseSize();
        SessionOffsets.Offset measured = new SessionOffsets.Offset(predicted.sessionSd() * predicted.sessionSd(),
                SessionOffsets.upper(baseline.betweenVariance(), Double.isNaN(w) ? 0 : w, s - 1), s - 1, s, true);
        return narrower(predicted, measured, withAssumed, assumed, budget);
    }

    /** An overhead-ratio row: the offset pooled over the baseline's ratio rows, null when they cannot show it. */
    static RowEvidence ratio(LogSessions baseline, LogSessions now, SessionOffsets.Offset pooled, ErrorBudget budget) {
        SessionOffsets.Offset assumed = SessionOffsets.assumedRatio(baseline.count());
        LogChange withAssumed = LogChange.of(baseline, now, assumed.variance(), assumed.df());
        if (pooled == null) {
            return new RowEvidence(withAssumed, assumed, budget);
        }
        return narrower(LogChange.of(baseline, now, pooled.variance(), pooled.df()), pooled, withAssumed, assumed,
                budget);
    }

    /** The assumed offset only (what {@code baseline} refuses a session on). */
    static RowEvidence assumed(Metric metric, LogSessions baseline, LogSessions now, ErrorBudget budget) {
        SessionOffsets.Offset assumed = metric == Metric.TIME ? SessionOffsets.assumedTime(baseline.count())
                : SessionOffsets.assumedRatio(baseline.count());
        return new RowEvidence(LogChange.of(baseline, now, assumed.variance(), assumed.df()), assumed, budget);
    }

    /**
     * This evidence for baselines of another machine: the interval also allows for
     * {@link SessionOffsets#OTHER_MACHINE_RATIO_SD} between the two machines.
     */
    RowEvidence acrossMachines() {
        double v = SessionOffsets.OTHER_MACHINE_RATIO_SD * SessionOffsets.OTHER_MACHINE_RATIO_SD;
        return new RowEvidence(change.withAssumedVariance(v), offset, budget);
    }

    /** The interval of this evidence at its budget. */
    Change interval() {
        return budget.interval(change);
    }

    /**
     * The estimate alone (at the full budget) when the sessions cannot rule out an offset larger than the assumption
     * (its upper confidence bound exceeds it), else whichever interval is narrower, at half the budget each.
     */
    private static RowEvidence narrower(LogChange estimated, SessionOffsets.Offset estimatedOffset,
                                        LogChange assumed, SessionOffsets.Offset assumedOffset, ErrorBudget budget) {
        if (estimatedOffset.upper() > assumedOffset.variance() || !assumed.hasStandardError()) {
            return new RowEvidence(estimated, estimatedOffset, budget);
        }
        if (!estimated.hasStandardError()) {
            return new RowEvidence(assumed, assumedOffset, budget);
        }
        ErrorBudget half = budget.halved();
        return halfWidth(estimated, half) <= halfWidth(assumed, half) ? new RowEvidence(estimated, estimatedOffset, half)
                : new RowEvidence(assumed, assumedOffset, half);
    }

    private static double halfWidth(LogChange c, ErrorBudget budget) {
        return budget.critical(c.standardError(), c.degreesOfFreedom()) * c.standardError();
    }
}
