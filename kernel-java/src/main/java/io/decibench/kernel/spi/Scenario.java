package io.decibench.kernel.spi;

import io.decibench.kernel.expr.TargetRule;

/**
 * A backtest scenario: a strategy written once against the column API ({@link TargetRule}) and the bundle it runs on.
 * Built-in scenarios and users' own ones implement this; every kernel (float, decimal, decimal-native) runs it.
 */
public interface Scenario {

    /** The scenario's name as used in configuration and reports, e.g. {@code daily}. */
    String name();

    /** The name of the bundle the scenario runs on, e.g. {@code profiling-daily}. */
    String bundle();

    /** The strategy, evaluated at each bar close of each asset. */
    TargetRule rule();
}
