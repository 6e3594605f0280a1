package io.decibench.plugin.stats;

/** Whether an overhead meets its target, decided from the overhead's confidence interval (the site's "Verdicts" page). */
public enum TargetVerdict {
    /** The whole CI lies below the target. */
    MET,
    /** The whole CI lies above the target. */
    MISSED,
    /** The CI contains or touches the target, or there is no CI (fewer than two pairs). */
    INCONCLUSIVE;

    /** MET iff ciHigh < target, MISSED iff ciLow > target, INCONCLUSIVE otherwise (bounds and target in percent). */
    public static TargetVerdict of(Double ciLowPercent, Double ciHighPercent, double targetPercent) {
        if (ciLowPercent == null || ciHighPercent == null) {
            return INCONCLUSIVE;
        }
        if (ciHighPercent < targetPercent) {
            return MET;
        }
        if (ciLowPercent > targetPercent) {
            return MISSED;
        }
        return INCONCLUSIVE;
    }

    /** The verdict of an estimate against a target. */
    public static TargetVerdict of(OverheadEstimate estimate, double targetPercent) {
        return of(estimate.ciLowPercent(), estimate.ciHighPercent(), targetPercent);
    }
}
