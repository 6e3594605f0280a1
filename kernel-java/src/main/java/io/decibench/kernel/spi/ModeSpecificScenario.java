package io.decibench.kernel.spi;

import io.decibench.kernel.bundle.Bundle;

import java.util.Set;

/**
 * A scenario that brings its own code per mode instead of a column-API {@link Scenario}: it runs only in the modes
 * it lists in {@link #modes()}, and Decibench reports the other modes as "n/a" for it. Implementations need a public
 * no-arg constructor (the plugin creates them from their class name).
 */
public interface ModeSpecificScenario {

    /** The scenario's name when the plugin configuration gives none. */
    String name();

    /** The bundle the scenario runs on when the plugin configuration gives none. */
    String bundle();

    /**
     * The modes this scenario implements: built-in names from {@link Modes#ALL} and names of your own (e.g.
     * {@code joda-money}: lower-case letters, digits, '.', '_' and '-'); at least one.
     */
    Set<String> modes();

    /**
     * Allocates what a backtest in {@code mode} needs; the measured work happens in {@link Backtest#run()}, which must
     * return a result with the final value and the session values (the five ratio metrics may be null when the
     * scenario does not compute them); build it with {@link BacktestResult#builder}, and check your ledger against
     * the engine's with {@link ExecutionSimulator}. Decibench only calls this for modes listed in {@link #modes()}.
     */
    Backtest prepare(String mode, Bundle bundle, ExecutionRules rules);
}
