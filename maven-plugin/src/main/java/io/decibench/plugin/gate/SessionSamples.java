package io.decibench.plugin.gate;

import java.util.List;

/**
 * What one session recorded for one scenario x mode: the per-fork values the gate compares.
 *
 * @param session         the {@link BaselineSession#id()} it belongs to
 * @param forkTimes       per fork (round order) the gate's statistic of its iterations (the run's
 *                        {@code forkStatistic}), in the row's unit
 * @param pairRatios      per round this mode's fork value / float's fork value of the same round; empty for float
 * @param allocBytesPerOp JMH gc.alloc.rate.norm, mean over the session's forks; null when not measured
 * @param note            why the session was flagged when it was recorded (e.g. inconclusive against the earlier
 *                        sessions), null otherwise
 */
public record SessionSamples(int session, List<Double> forkTimes, List<Double> pairRatios, Double allocBytesPerOp,
                             String note) {

    public SessionSamples {
        forkTimes = forkTimes == null ? List.of() : List.copyOf(forkTimes);
        pairRatios = pairRatios == null ? List.of() : List.copyOf(pairRatios);
    }
}
