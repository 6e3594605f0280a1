package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;
import java.util.List;

/**
 * The overhead of one decimal mode over float in one scenario, in percent, with its CI from paired fork means.
 *
 * @param pairRatios decimal fork mean / float fork mean per round, in round order
 */
public record Overhead(String scenario, String mode, Double overheadPercent, Double overheadCiLow,
                       Double overheadCiHigh, List<Double> pairRatios, double targetPercent,
                       TargetVerdict verdict) {

    public Overhead {
        pairRatios = pairRatios == null ? List.of() : List.copyOf(pairRatios);
    }
}
