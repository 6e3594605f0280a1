package io.decibench.kernel.backtest;

import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;

/** What a {@link Ledger} hands back after a run: the money results and the metrics computed from them. */
record LedgerOutcome(BigDecimal finalValue, BigDecimal commissions, SessionValues sessionValues, Metrics metrics) {
}
