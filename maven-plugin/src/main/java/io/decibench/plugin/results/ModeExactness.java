package io.decibench.plugin.results;

import java.util.List;

/**
 * What one plain (unmeasured) run of one scenario x mode computed, and how it compares with the scenario's exact
 * reference. Money values are decimal strings, so no digit is lost to JSON doubles. See the site's "Results format"
 * page.
 *
 * @param trades                  fills executed; null when the run did not report them
 * @param sharesFilled            shares filled over all fills; null when not reported
 * @param matchesReference        exact modes: whether every reported number and the session values equal the
 *                                reference's bit for bit; null for binary-float modes and the reference itself
 * @param driftFinal              binary-float modes: |mode - reference| of the final value, in currency units
 * @param driftMaxSession         binary-float modes: the largest |mode - reference| over the session closes
 * @param roundingDriftMaxSession binary-float modes: the same over the sessions before the first decision flip only
 *                                (rounding drift, apart from the decisions that differ); null without decision traces
 * @param withinTolerance         binary-float modes: whether the drift stays within 1e-6 relative of the exact ledger
 *                                where the decisions match (the rounding drift; the final value without traces)
 * @param decisionFlips           binary-float modes: how many times the standing target departs from the exact
 *                                reference's; null when either run recorded no decisions
 * @param flips                   the first few of those departures, located
 */
public record ModeExactness(String mode, boolean exact, String finalValue, String sessionValuesSha256, Long trades,
                            Long sharesFilled, String commissions, Boolean matchesReference, String driftFinal,
                            String driftMaxSession, String roundingDriftMaxSession, Boolean withinTolerance,
                            Integer decisionFlips, List<DecisionFlip> flips) {

    public ModeExactness {
        flips = flips == null ? List.of() : List.copyOf(flips);
    }
}
