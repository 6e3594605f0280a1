package io.decibench.kernel.backtest;

/**
 * The money side of the execution simulator in one arithmetic: fill prices, cash, commissions and session values.
 * {@link BacktestEngine} decides when and how many shares fill (integer logic shared by every arithmetic) and calls
 * these steps in the order the semantics page prescribes.
 */
interface Ledger {

    /** Forgets everything of a previous run. */
    void reset();

    /** The following calls concern this asset, whose cash flow starts at zero. */
    void startAsset(int asset);

    /** {@code qty} shares (negative: sold) fill at bar {@code bar}'s open with slippage; pays price and commission. */
    void fill(int bar, long qty);

    /** Adds this asset's cash flow and the value of {@code position} at bar {@code bar}'s close to the session. */
    void markSession(int session, int bar, long position);

    /** Session values, final value, commissions and metrics of the run, once every asset has been simulated. */
    LedgerOutcome finish();
}
