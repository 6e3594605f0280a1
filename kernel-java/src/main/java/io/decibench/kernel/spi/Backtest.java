package io.decibench.kernel.spi;

/**
 * A backtest prepared by a {@link BacktestKernel} for one bundle and one scenario: scratch buffers are allocated,
 * nothing is computed yet. {@link #run()} may be called many times (JMH calls it once per operation); each call
 * computes everything from the bundle's columns and returns a fresh result.
 */
public interface Backtest {

    BacktestResult run();
}
