package io.decibench.kernel.backtest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.IntFunction;

/** The ratio results of a backtest (scale 12 in the decimal modes; the exact value of a double in float). */
record Metrics(BigDecimal totalReturn, BigDecimal maxDrawdown, BigDecimal annualVolatility, BigDecimal sharpe,
               BigDecimal sortino) {

    /**
     * The error for a session return whose divisor, the previous portfolio value, is not positive: it names the
     * session so the user can find the bar where the ledger went under.
     */
    static ArithmeticException nonPositiveValue(Object value, int session, IntFunction<LocalDate> sessionDates) {
        LocalDate date = session >= 0 ? sessionDates.apply(session) : null;
        return new ArithmeticException("Portfolio value " + value + " at the close of session " + session
                + (date == null ? "" : " (" + date + ")") + " is not positive: the return of the next session would divide by it."
                + " Raise the capital or reduce the target positions of the scenario.");
    }
}
