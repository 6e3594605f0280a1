package io.decibench.kernel.scenario;

/**
 * A user's scenario cannot be used: its class is missing or does not implement the SPI, or it failed while being
 * prepared or run. The message names the scenario, its class (and the mode, for a failed run) and the fix.
 */
public class ScenarioException extends RuntimeException {

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
