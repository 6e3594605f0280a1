package io.decibench.plugin.results;

/**
 * Where a binary-float mode's standing target first departs from the exact ledger's (a decision its rounding took
 * the other way, e.g. at an exact tie).
 *
 * @param asset           the asset's symbol ({@code SYM003})
 * @param bar             the bar of that asset (0-based) whose close took the decision
 * @param session         the trading session (ISO date) of that bar, null when the bundle's timeline is unknown
 * @param target          the mode's standing target after that bar
 * @param referenceTarget the exact reference's standing target after that bar
 */
public record DecisionFlip(String asset, int bar, String session, long target, long referenceTarget) {
}
