package io.decibench.plugin.bench;

/**
 * One target transition a backtest recorded: at the close of {@code bar} (0-based, per asset) the standing target
 * of asset {@code asset} (0-based, bundle order) became {@code target} shares. The kernels' CLI prints these as
 * {@code "decisions": [[asset, bar, target], ...]} in (asset, bar) order.
 */
public record Decision(int asset, int bar, long target) {
}
