package io.decibench.kernel.spi;

import io.decibench.kernel.expr.TargetRule;

/**
 * A backtest scenario: a strategy written once against the column API ({@link TargetRule}) and the bundle it runs on.
 * Built-in scenarios and users' own ones implement this; every kernel (float, decimal, decimal-native) runs it.
 */
public interface Scenario {

    /**
     * The scenario's own name, e.g. {@code daily}. A user's scenario is selected and reported by the {@code <name>}
     * its plugin configuration must give; this one is used only where no name is given (Decibench's command line).
     */
    String name();

    /** The name of the bundle the scenario runs on, e.g. {@code profiling-daily}. */
    String bundle();

    /** The strategy, evaluated at each bar close of each asset. */
    TargetRule rule();
}
