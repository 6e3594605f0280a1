package io.decibench.kernel.spi;

/**
 * A backtest prepared by a {@link BacktestKernel} for one bundle and one scenario: scratch buffers are allocated,
 * nothing is computed yet. {@link #run()} may be called many times (JMH calls it once per operation); each call
 * computes everything from the bundle's columns and returns a fresh result.
 */
public interface Backtest {

    /** The measured backtest: its result has no decision trace ({@link BacktestResult#decisions()} is null). */
    BacktestResult run();

    /**
     * The same backtest, also recording every change of a standing target ({@link BacktestResult#decisions()}); for the
     * exactness probe, never measured. Backtests that cannot record (a user's own code per mode) return {@link #run()}'s
     * result, whose decisions are null.
     */
    default BacktestResult runRecordingDecisions() {
        return run();
    }
}
