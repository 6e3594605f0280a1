package io.decibench.kernel.spi;

/**
 * One change of an asset's standing target: at the close of {@code bar} (within the asset's bars) the target became
 * {@code target} shares. A backtest that records its decisions ({@link Backtest#runRecordingDecisions()}) lists them in
 * order of asset, then bar, so two modes' lists can be compared to find where one decided differently.
 */
public record Decision(int asset, int bar, long target) {
}
