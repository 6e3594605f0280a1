package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;
import java.util.List;

/**
 * The two overheads of one exact mode in one scenario, in percent, each with its CI from paired fork means (see the
 * site's "Results format" page). End to end is against {@code float}: what a team switching from its {@code double}
 * code pays, and what the target verdict judges. Same engine is against the binary-float mode of the mode's own
 * engine ({@code float-native} for {@code decimal-native}): the cost of exactness alone. For a Java mode the two
 * are the same figure.
 *
 * @param pairRatios            this mode's fork mean / the float fork mean per round, in round order
 * @param verdict               the target verdict of the end-to-end overhead; null when float was not measured
 * @param sameEngineReference   the mode the same-engine overhead is measured against
 * @param sameEnginePairRatios  this mode's fork mean / the reference's fork mean per round
 */
public record Overhead(String scenario, String mode, Double overheadPercent, Double overheadCiLow,
                       Double overheadCiHigh, List<Double> pairRatios, double targetPercent,
                       TargetVerdict verdict, String sameEngineReference, Double sameEngineOverheadPercent,
                       Double sameEngineOverheadCiLow, Double sameEngineOverheadCiHigh,
                       List<Double> sameEnginePairRatios) {

    public Overhead {
        pairRatios = pairRatios == null ? List.of() : List.copyOf(pairRatios);
        sameEnginePairRatios = sameEnginePairRatios == null ? List.of() : List.copyOf(sameEnginePairRatios);
    }

    /** A Java mode's overhead: end to end and same engine are one figure against float. */
    public Overhead(String scenario, String mode, Double overheadPercent, Double overheadCiLow, Double overheadCiHigh,
                    List<Double> pairRatios, double targetPercent, TargetVerdict verdict) {
        this(scenario, mode, overheadPercent, overheadCiLow, overheadCiHigh, pairRatios, targetPercent, verdict,
                ModeMetadata.FLOAT, overheadPercent, overheadCiLow, overheadCiHigh, pairRatios);
    }
}
